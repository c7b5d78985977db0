import asyncio

async def producer(q):
    for i in range(3):
        q.put(i)
        print("put", i)
    await asyncio.sleep(0)

async def main():
    q = asyncio.Queue()
    await producer(q)
    print("size", q.qsize())

asyncio.run(main())
