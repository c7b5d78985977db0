# A bounded queue makes a fast producer wait for a slow consumer
import asyncio

log = []

async def producer(q):
    for i in range(5):
        log.append(f"put? {i} (size {q.qsize()})")
        await q.put(i)
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        log.append(f"got {item}")
        await asyncio.sleep(0.02)

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.full(), q.empty())
    await asyncio.gather(producer(q), consumer(q))
    print("\n".join(log))

asyncio.run(main())
