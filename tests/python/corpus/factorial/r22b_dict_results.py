import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = {n: asyncio.create_task(factorial(n)) for n in numbers}
    await asyncio.gather(*tasks.values())
    results = {n: t.result() for n, t in tasks.items()}
    print(results)
    for key, value in sorted(results.items(), key=lambda kv: -kv[1]):
        print(key, value)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
