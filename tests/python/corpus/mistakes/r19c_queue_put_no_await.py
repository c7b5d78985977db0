# Producer forgets to await q.put(): nothing reaches the queue
import asyncio

async def producer(q):
    for i in range(3):
        q.put(i)
        print("put", i)

async def consumer(q):
    item = await q.get()
    print("got", item)

async def main():
    q = asyncio.Queue()
    await producer(q)
    print("qsize:", q.qsize(), "empty:", q.empty())
    try:
        await asyncio.wait_for(consumer(q), timeout=0.2)
    except asyncio.TimeoutError:
        print("consumer timed out")

asyncio.run(main())
