# Producer fills a small bounded queue faster than the consumer computes factorials.
import asyncio


async def producer(q, numbers):
    for n in numbers:
        if q.full():
            print(f"queue full, producer waits before {n}")
        await q.put(n)
    await q.put(None)


async def consumer(q):
    while (n := await q.get()) is not None:
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.05)
        print(f"consumed {n}! = {r} (left {q.qsize()})")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, [3, 4, 5, 6, 7]), consumer(q))
    try:
        q2 = asyncio.Queue(1)
        q2.put_nowait(1)
        q2.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))


asyncio.run(main())
