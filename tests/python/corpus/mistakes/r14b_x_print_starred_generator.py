# Mistake: print(*x for x in ...) to print each gathered result (unpacking cannot be used in a comprehension).
import asyncio


async def worker(n):
    await asyncio.sleep(0.01)
    return n * 10


async def main():
    results = await asyncio.gather(worker(1), worker(2))
    print(*r for r in results)


asyncio.run(main())
