# I kept the TaskGroup object and tried to add one more factorial after the with block ended.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(factorial(4))
        b = tg.create_task(factorial(5))
    print(a.result(), b.result())
    c = tg.create_task(factorial(6))
    print(await c)


asyncio.run(main())
