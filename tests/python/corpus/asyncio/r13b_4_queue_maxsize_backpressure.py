import asyncio

async def fast_producer(q, log):
    for i in range(6):
        await q.put(i)
        log.append(f"put {i} (size {q.qsize()})")

async def slow_consumer(q, log):
    for _ in range(6):
        await asyncio.sleep(0.01)
        item = await q.get()
        log.append(f"got {item}")

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(fast_producer(q, log), slow_consumer(q, log))
    print("\n".join(log))

asyncio.run(main())
