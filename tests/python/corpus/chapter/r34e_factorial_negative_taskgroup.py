# factorial with a ValueError for negative numbers inside a TaskGroup - what happens to the others?
import asyncio

async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.02)
        raise ValueError(f'no factorial for {n}')
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print('done', n)
    return f

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        for n in numbers:
            tg.create_task(factorial(n))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([2, -1, 6]))
    print('Main - Done')

main()
