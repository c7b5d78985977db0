# Code copied from a Python 3.12/3.13 tutorial: Queue.shutdown and itertools.batched don't exist in 3.11.
import asyncio
import itertools

async def consumer(q):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print("queue shut down")
            return
        print("item", item)

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.01)
    print(hasattr(q, "shutdown"), hasattr(itertools, "batched"))
    q.shutdown()
    await c

asyncio.run(main())
