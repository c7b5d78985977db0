# functools.reduce with operator.mul after a sleep per number
import asyncio
import functools
import operator

async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return functools.reduce(operator.mul, range(1, n + 1), 1)

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for n, task in zip(numbers, tasks):
        print(f"factorial({n}) -> {await task}")

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([0, 1, 5, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
