# A producer blocked on a full queue is cancelled; the queue keeps its items
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i)
    print("producer finished")

async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0.01)
    print("full:", q.full(), "size:", q.qsize())
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("producer cancelled while blocked")
    print("items left:", [q.get_nowait() for _ in range(q.qsize())])
    print(str(q))

asyncio.run(main())
