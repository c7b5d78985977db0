# A TaskGroup in place of gather (Python 3.11).
import asyncio

async def worker(n):
    print('worker', n, 'starting')
    await asyncio.sleep(0.01 * n)
    print('worker', n, 'done')
    return n * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(n)) for n in (3, 1, 2)]
    print('results:', [t.result() for t in tasks])

asyncio.run(main())
