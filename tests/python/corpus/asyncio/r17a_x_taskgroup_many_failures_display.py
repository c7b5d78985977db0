# an uncaught group of 17 failures: the traceback shows 15 and counts the rest
import asyncio

async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(17):
            tg.create_task(fail(n))

asyncio.run(main())
