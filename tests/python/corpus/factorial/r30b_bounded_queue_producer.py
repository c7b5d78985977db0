# Producer/consumer with a bounded queue (maxsize=2) and a None sentinel.
import asyncio


async def producer(q, numbers):
    for n in numbers:
        print(f"producer: putting {n} (queue size {q.qsize()})")
        await q.put(n)
    await q.put(None)
    print("producer: done")


async def consumer(q):
    results = []
    while (n := await q.get()) is not None:
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.01)
        print(f"consumer: {n}! = {f}")
        results.append(f)
    return results


async def main():
    q = asyncio.Queue(maxsize=2)
    _, results = await asyncio.gather(producer(q, [5, 7, 3, 6, 4]), consumer(q))
    print(results, q.full(), q.maxsize)


asyncio.run(main())
