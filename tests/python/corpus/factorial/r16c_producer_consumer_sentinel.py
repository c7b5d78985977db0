# A producer puts numbers and a None sentinel; a consumer computes factorials
import asyncio

async def producer(q, numbers):
    for n in numbers:
        await asyncio.sleep(0.1)
        print('produced', n)
        await q.put(n)
    await q.put(None)

async def consumer(q):
    out = []
    while (n := await q.get()) is not None:
        f = 1
        for i in range(2, n + 1):
            f *= i
        print(f'consumed {n} -> {f}')
        out.append(f)
    return out

async def main():
    q = asyncio.Queue(maxsize=1)
    _, results = await asyncio.gather(producer(q, [5, 7, 3, 6]), consumer(q))
    print(results)

asyncio.run(main())
