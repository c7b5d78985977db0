# Using Queue.shutdown() from the 3.13 docs on Python 3.11
import asyncio

async def consumer(q):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print("queue shut down")
            return
        print("got", item)

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    for i in range(2):
        await q.put(i)
    await asyncio.sleep(0.01)
    q.shutdown()
    await c

asyncio.run(main())
