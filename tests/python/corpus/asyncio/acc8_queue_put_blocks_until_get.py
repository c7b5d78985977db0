# A producer blocks on a full queue until the consumer takes an item.
import asyncio

async def producer(q):
    for i in range(4):
        print('putting', i)
        await q.put(i)
        print('put', i, 'size', q.qsize())

async def consumer(q):
    await asyncio.sleep(0.02)
    for _ in range(4):
        item = await q.get()
        print('got', item)
        await asyncio.sleep(0.01)

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
