# Eighteen children of a TaskGroup all fail: the uncaught group is printed with its width limit
import asyncio


async def check(n):
    await asyncio.sleep(0.001 * (n % 3))
    raise ValueError(f"item {n} is invalid")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(18):
            tg.create_task(check(n))


asyncio.run(main())
