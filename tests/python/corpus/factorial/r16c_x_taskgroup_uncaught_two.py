# Two negative inputs in a TaskGroup, the ExceptionGroup left uncaught
import asyncio

async def factorial(n):
    await asyncio.sleep(0.1)
    if n < 0:
        raise ValueError(f'negative: {n}')
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(factorial(n)) for n in numbers]
    print([t.result() for t in tasks])

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -7, 3, -6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
