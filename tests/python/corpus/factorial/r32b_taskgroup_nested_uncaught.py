# Nested TaskGroups with failures at two levels: the nested ExceptionGroup traceback.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01 * abs(n))
    if n < 0:
        raise ValueError(f"negative {n}")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def batch(nums):
    async with asyncio.TaskGroup() as tg:
        for n in nums:
            tg.create_task(factorial(n))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(batch([3, -1]))
        tg.create_task(factorial(-20))


asyncio.run(main())
