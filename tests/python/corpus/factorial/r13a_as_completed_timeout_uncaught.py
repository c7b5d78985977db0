import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for coro in asyncio.as_completed(tasks, timeout=0.4):
        print('Result:', await coro)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([1, 2, 40, 60]))
    print('Main - Done')

if __name__ == '__main__':
    main()
