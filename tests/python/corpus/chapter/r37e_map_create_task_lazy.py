# map(asyncio.create_task, ...) is lazy, so my tasks started later than I thought
import asyncio

async def worker(n):
    print('worker', n, 'started')
    await asyncio.sleep(0.01)
    return n

async def main():
    tasks = map(asyncio.create_task, [worker(1), worker(2)])
    print('tasks made?')
    await asyncio.sleep(0.05)
    print('after sleep, now gathering')
    print(await asyncio.gather(*tasks))
    print(await asyncio.gather(*tasks))

asyncio.run(main())
