# the body of my async with TaskGroup raises while a child is also failing
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f'child {n}')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1))
        tg.create_task(worker(30))
        await asyncio.sleep(0)
        raise KeyError('body')

asyncio.run(main())
