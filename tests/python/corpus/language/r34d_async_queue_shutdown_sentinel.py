# A producer/consumer pipeline with bounded queues, sentinels and a results Counter
import asyncio
from collections import Counter

SENTINEL = object()

async def producer(q, words):
    for w in words:
        await q.put(w)
        await asyncio.sleep(0.005)
    await q.put(SENTINEL)

async def transformer(inq, outq):
    while (item := await inq.get()) is not SENTINEL:
        await outq.put(item.lower().strip(".,!"))
    await outq.put(SENTINEL)

async def counter(q):
    c = Counter()
    while (item := await q.get()) is not SENTINEL:
        c[item] += 1
    return c

async def main():
    text = "The cat. The dog! A cat, a hat, THE END."
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    _, _, counts = await asyncio.gather(producer(q1, text.split()), transformer(q1, q2), counter(q2))
    print(counts.most_common(3))
    print(sorted(counts.items()))
    print(q1.empty(), q2.full(), q1.maxsize)
    try:
        q1.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

asyncio.run(main())
