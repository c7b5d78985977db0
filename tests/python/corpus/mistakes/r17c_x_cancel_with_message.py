# A task cancelled with a message and awaited: the message ends the traceback
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    task = asyncio.create_task(factorial(20))
    await asyncio.sleep(0.25)
    task.cancel('too slow, stopped by main')
    print('result:', await task)


asyncio.run(main())
