# async list comprehension over an async generator of worker results
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n * n

async def results(limit):
    for n in range(limit):
        yield await worker(n)

async def main():
    squares = [r async for r in results(6)]
    evens = [r async for r in results(6) if r % 2 == 0]
    total = sum([await worker(n) for n in range(4)])
    print(squares)
    print(evens)
    print(total)
    pairs = {n: await worker(n) for n in (7, 8)}
    print(pairs)

asyncio.run(main())
