# a producer puts numbers on a bounded queue, a consumer computes factorials
import asyncio

async def producer(q, numbers):
    for n in numbers:
        await q.put(n)
        print(f"produced {n}")
    await q.put(None)

async def consumer(q):
    results = []
    while (n := await q.get()) is not None:
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.1)
        print(f"consumed {n}: {f}")
        results.append(f)
    return results

async def main():
    q = asyncio.Queue(maxsize=1)
    _, results = await asyncio.gather(producer(q, [3, 4, 5]), consumer(q))
    print(results)

asyncio.run(main())
