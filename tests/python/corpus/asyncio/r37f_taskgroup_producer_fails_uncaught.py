# A producer that crashes inside a TaskGroup cancels the waiting consumer; the group goes uncaught
import asyncio

async def producer(q):
    for i in range(5):
        if i == 3:
            raise IOError(f"source died at item {i}")
        await q.put(i)
        await asyncio.sleep(0.01)

async def consumer(q):
    try:
        while True:
            item = await q.get()
            print("consumed", item)
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise

async def main():
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consumer(q))
        tg.create_task(producer(q))
    print("unreachable")

asyncio.run(main())
