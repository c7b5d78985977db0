# Each child in a TaskGroup has its own asyncio.timeout, so a slow one fails alone
import asyncio

async def fetch(name, delay, budget):
    try:
        async with asyncio.timeout(budget):
            await asyncio.sleep(delay)
            return f"{name}: ok"
    except TimeoutError:
        return f"{name}: timed out"

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, d, 0.2)) for n, d in [("x", 0.1), ("y", 0.5), ("z", 0.05)]]
    for t in tasks:
        print(t.result())

asyncio.run(main())
