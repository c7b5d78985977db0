# KeyboardInterrupt raised in a task that main awaits: its traceback, and no "never retrieved"
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
        if i == 3:
            raise KeyboardInterrupt
    return f


async def main():
    task = asyncio.create_task(factorial(5))
    print('waiting for the task')
    print(await task)


asyncio.run(main())
