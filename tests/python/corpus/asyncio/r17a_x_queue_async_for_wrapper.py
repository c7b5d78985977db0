# a queue wrapped as an async iterator that ends at a sentinel
import asyncio

DONE = object()

async def drain(q):
    while (item := await q.get()) is not DONE:
        yield item

async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.01)
        await q.put(i * i)
    await q.put(DONE)

async def main():
    q = asyncio.Queue()
    asyncio.create_task(producer(q))
    print([x async for x in drain(q)])

asyncio.run(main())
