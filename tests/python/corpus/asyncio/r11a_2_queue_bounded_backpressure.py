import asyncio


async def fast_producer(q, log):
    for i in range(6):
        await q.put(i)
        log.append(f"P{i}(q={q.qsize()})")
    await q.put(None)


async def slow_consumer(q, log):
    while (item := await q.get()) is not None:
        log.append(f"C{item}")
        await asyncio.sleep(0.01)


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(fast_producer(q, log), slow_consumer(q, log))
    print(" ".join(log))


asyncio.run(main())
