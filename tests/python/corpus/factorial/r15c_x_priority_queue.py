# a PriorityQueue hands out the smallest numbers first
import asyncio

async def factorial(n):
    out = 1
    for i in range(2, n + 1):
        out *= i
    await asyncio.sleep(0.01)
    return out

async def main():
    pq = asyncio.PriorityQueue()
    for n in [7, 2, 9, 4]:
        await pq.put((n, f"job-{n}"))
    lq = asyncio.LifoQueue()
    while not pq.empty():
        n, name = await pq.get()
        print(name, await factorial(n))
        lq.put_nowait(name)
    print([lq.get_nowait() for _ in range(lq.qsize())])
    print(pq.qsize(), repr(pq.empty()))

asyncio.run(main())
