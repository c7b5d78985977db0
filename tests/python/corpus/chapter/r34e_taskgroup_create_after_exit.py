# I kept the TaskGroup and tried to add another task after the async with ended
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(worker(1))
    print('first', first.result())
    second = tg.create_task(worker(2))
    print('second', await second)

asyncio.run(main())
