# KeyboardInterrupt raised in a queue worker while the producer waits on a full queue
import asyncio


async def producer(queue):
    for n in range(10):
        await queue.put(n)
        print('put', n)


async def worker(queue):
    while True:
        n = await queue.get()
        await asyncio.sleep(0.1)
        print('handled', n)
        if n == 2:
            raise KeyboardInterrupt


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), worker(queue))


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('stopped by KeyboardInterrupt')
