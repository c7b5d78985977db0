# A bounded queue makes the producer wait for the slow consumer
import asyncio

events = []

async def producer(q):
    for i in range(5):
        await q.put(i)
        events.append(f"put {i} (size {q.qsize()})")
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        events.append(f"got {item}")
        await asyncio.sleep(0.01)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print("\n".join(events))

asyncio.run(main())
