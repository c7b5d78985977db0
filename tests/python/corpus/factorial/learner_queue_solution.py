import asyncio
from math import factorial

async def producer(q, numbers):
    for n in numbers:
        await q.put(n)
        print(f"put {n}")
    await q.put(None)

async def consumer(q, results):
    while True:
        n = await q.get()
        if n is None:
            q.task_done()
            break
        await asyncio.sleep(0.05)
        results[n] = factorial(n)
        print(f"computed {n}! = {results[n]}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    results = {}
    await asyncio.gather(producer(q, [5, 3, 7, 1]), consumer(q, results))
    print(results)
    print({k: results[k] for k in sorted(results)})

asyncio.run(main())
