import asyncio

async def producer(q):
    for i in range(5):
        print("put start", i)
        await q.put(i)
        print("put done", i, "size", q.qsize())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.02)
        item = await q.get()
        print("got", item)

async def main():
    q = asyncio.Queue(1)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
