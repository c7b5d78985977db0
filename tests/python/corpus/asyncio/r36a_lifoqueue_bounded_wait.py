# A bounded LifoQueue: a put blocks until a get frees a slot; items come out newest first
import asyncio


async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize(), "full", q.full())


async def main():
    q = asyncio.LifoQueue(maxsize=2)
    prod = asyncio.create_task(producer(q))
    await asyncio.sleep(0.01)
    print("producer blocked:", not prod.done())
    out = []
    while len(out) < 5:
        out.append(await q.get())
        await asyncio.sleep(0.01)
    await prod
    print(out, "maxsize", q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))


asyncio.run(main())
