# A TaskGroup given twenty bad (negative) inputs: the traceback of the whole group.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"factorial({n}) is undefined")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    numbers = [-k for k in range(1, 21)]
    async with asyncio.TaskGroup() as tg:
        for n in numbers:
            tg.create_task(factorial(n))


asyncio.run(main())
