# A queue consumer calls sys.exit on a bad item while the producer still puts items
import asyncio
import sys


async def producer(queue):
    for item in [3, 4, -1, 5, 6]:
        await queue.put(item)
        print('put', item)
        await asyncio.sleep(0.1)


async def consumer(queue):
    while True:
        n = await queue.get()
        if n < 0:
            sys.exit(f'bad item {n}')
        print('got', n)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
