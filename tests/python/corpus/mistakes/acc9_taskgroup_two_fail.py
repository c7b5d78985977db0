# Two tasks of a TaskGroup failing.
import asyncio

async def work(n):
    await asyncio.sleep(0.1)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(4):
            tg.create_task(work(n))

asyncio.run(main())
