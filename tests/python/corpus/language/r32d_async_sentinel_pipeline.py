# A two-stage async pipeline connected by queues, shut down with None sentinels
import asyncio


async def producer(out_q, items):
    for it in items:
        await out_q.put(it)
        await asyncio.sleep(0.01)
    await out_q.put(None)


async def transformer(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await out_q.put(item.upper()[::-1])
    await out_q.put(None)


async def consumer(in_q):
    seen = []
    while True:
        item = await in_q.get()
        if item is None:
            return seen
        seen.append(item)


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=1)
    _, _, seen = await asyncio.gather(producer(q1, ["alpha", "beta", "gamma"]), transformer(q1, q2), consumer(q2))
    print(seen, q1.qsize(), q2.qsize())
    print(await asyncio.wait_for(consumer(q2), 0.05))


asyncio.run(main())
