import asyncio

async def factorial(n):
    fact = 1
    for i in range(1, n + 1):
        fact *= i
        await asyncio.sleep(0.1)
    return fact

async def calculate_factorials(numbers):
    futures = [asyncio.ensure_future(factorial(n)) for n in numbers]
    print('all scheduled, done?', [f.done() for f in futures])
    await asyncio.sleep(0.45)
    print('after 0.45s, done?', [f.done() for f in futures])
    results = [await f for f in futures]
    print('results =', results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
