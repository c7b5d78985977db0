# adding notes to each worker error before they are grouped
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    try:
        raise ValueError(f"bad input {n}")
    except ValueError as e:
        e.add_note(f"worker {n} had input {n * 10}")
        e.add_note("check the feed")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2):
            tg.create_task(worker(n))

asyncio.run(main())
