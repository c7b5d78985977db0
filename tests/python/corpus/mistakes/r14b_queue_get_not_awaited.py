# Mistake: queue.get() not awaited: the consumer prints coroutine objects' type and never finishes its items.
import asyncio


async def producer(q):
    for i in range(3):
        await q.put(i)


async def consumer(q):
    for _ in range(3):
        item = q.get()
        print('consumed', type(item).__name__)


async def main():
    q = asyncio.Queue()
    await producer(q)
    await consumer(q)
    print('left in queue:', q.qsize())


asyncio.run(main())
