# wrote with instead of async with for the TaskGroup
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    with asyncio.TaskGroup() as tg:
        t = tg.create_task(worker(1))
    print(t.result())

asyncio.run(main())
