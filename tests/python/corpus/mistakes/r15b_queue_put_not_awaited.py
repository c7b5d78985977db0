# Mistake: the producer forgets to await queue.put, so the consumer waits for nothing.
import asyncio

async def producer(q):
    for i in range(3):
        q.put(i)
        print("produced", i)
    print("producer done")

async def consumer(q):
    item = await asyncio.wait_for(q.get(), timeout=0.1)
    print("consumed", item)

async def main():
    q = asyncio.Queue()
    await producer(q)
    await consumer(q)

asyncio.run(main())
