# the str of queues shows maxsize and waiting items
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    print(str(asyncio.PriorityQueue()), str(asyncio.LifoQueue(2)))
    t = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    t.cancel()

asyncio.run(main())
