# A bounded Queue(maxsize=2): the producer waits for room; put_nowait on a full queue fails.
import asyncio


async def producer(q):
    for n in range(1, 7):
        await q.put(n)
        print(f"put {n} (size {q.qsize()})")
    await q.put(None)


async def consumer(q):
    out = []
    while (n := await q.get()) is not None:
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.01)
        out.append(f)
    return out


async def main():
    q = asyncio.Queue(maxsize=2)
    _, out = await asyncio.gather(producer(q), consumer(q))
    print(out)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full())
    q.put_nowait(3)


asyncio.run(main())
