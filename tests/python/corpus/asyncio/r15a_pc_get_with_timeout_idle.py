# A consumer stops after the queue stays idle: wait_for around queue.get()
import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
        await asyncio.sleep(0.05)

async def consumer(q):
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.3)
        except asyncio.TimeoutError:
            print("idle, consumer quits")
            return
        print("consumed", item)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    print("qsize:", q.qsize())

asyncio.run(main())
