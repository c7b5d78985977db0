# TaskGroup with two failing workers and nothing catching them
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n % 2 == 0:
        raise ValueError(f'even worker {n}')
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(n)) for n in range(1, 5)]
    print([t.result() for t in tasks])

asyncio.run(main())
