import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)

async def consumer(q):
    for _ in range(3):
        item = q.get()
        print("got", item + 1)

async def main():
    q = asyncio.Queue()
    await producer(q)
    await consumer(q)

asyncio.run(main())
