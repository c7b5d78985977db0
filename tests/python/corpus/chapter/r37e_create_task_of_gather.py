# wrapped gather in create_task so I could check on it - create_task didn't like it
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    group = asyncio.gather(worker(1), worker(2))
    print(type(group).__name__)
    task = asyncio.create_task(group)
    print(await task)

asyncio.run(main())
