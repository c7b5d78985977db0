# What an uncaught ExceptionGroup from a TaskGroup looks like
import asyncio

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f"task {n} failed")

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 3):
            tg.create_task(fail(n))

asyncio.run(main())
