# A typical mistake: queue.put() without await, so the consumer never sees the items
import asyncio

async def producer(q):
    for i in range(3):
        q.put(i)
        print("put", i)

async def consumer(q):
    try:
        item = await asyncio.wait_for(q.get(), timeout=0.1)
        print("got", item)
    except TimeoutError:
        print("consumer timed out, qsize =", q.qsize())

async def main():
    q = asyncio.Queue()
    await producer(q)
    await consumer(q)

asyncio.run(main())
