# A three-stage pipeline with bounded queues; the fast producer is held back by the slow last stage
import asyncio

log = []


async def produce(out):
    for i in range(5):
        await out.put(i)
        log.append(f"put {i}")
    await out.put(None)


async def transform(inp, out):
    while (item := await inp.get()) is not None:
        await out.put(item * item)
    await out.put(None)


async def sink(inp, results):
    while (item := await inp.get()) is not None:
        await asyncio.sleep(0.02)
        results.append(item)
        log.append(f"got {item}")


async def main():
    a, b = asyncio.Queue(1), asyncio.Queue(1)
    results = []
    await asyncio.gather(produce(a), transform(a, b), sink(b, results))
    print(results)
    print(log)


asyncio.run(main())
