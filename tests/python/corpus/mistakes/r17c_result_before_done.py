# task.result() asked before the task has finished: InvalidStateError
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    task = asyncio.create_task(factorial(4))
    print('started', task.done())
    print(task.result())


asyncio.run(main())
