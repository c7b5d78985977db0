# A three-stage pipeline of tasks joined by bounded queues, shut down with sentinels
import asyncio

DONE = object()


async def source(out):
    for word in ["alpha", "beta", "gamma", "delta"]:
        await out.put(word)
    await out.put(DONE)


async def transform(inq, out):
    while (item := await inq.get()) is not DONE:
        await asyncio.sleep(0.01)
        await out.put((item, len(item)))
    await out.put(DONE)


async def sink(inq, results):
    while (item := await inq.get()) is not DONE:
        results.append(item)


async def main():
    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    results = []
    await asyncio.gather(source(q1), transform(q1, q2), sink(q2, results))
    print(results)
    print("queues empty:", q1.empty(), q2.empty())


asyncio.run(main())
