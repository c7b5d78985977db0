# a full Queue makes put() wait until a get() frees a slot
import asyncio

async def producer(q):
    for i in range(4):
        await q.put(i)
        print('put', i, 'size', q.qsize(), 'full', q.full())

async def consumer(q):
    await asyncio.sleep(0.1)
    for _ in range(4):
        print('got', await q.get())
        await asyncio.sleep(0.01)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print('empty', q.empty())

asyncio.run(main())
