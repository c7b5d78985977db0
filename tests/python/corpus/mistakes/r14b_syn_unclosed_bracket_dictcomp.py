# Mistake: a dict comprehension's closing brace is forgotten before the next function.
import asyncio


async def worker(n):
    await asyncio.sleep(0.01)
    return n * n


async def main():
    results = await asyncio.gather(*[worker(n) for n in range(4)])
    table = {n: r for n, r in zip(range(4), results)
    print(table)


asyncio.run(main())
