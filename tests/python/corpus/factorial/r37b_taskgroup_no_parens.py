# "async with asyncio.TaskGroup as tg:" -- I forgot the parentheses after TaskGroup.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    async with asyncio.TaskGroup as tg:
        t = tg.create_task(factorial(5))
    print(t.result())


asyncio.run(main())
