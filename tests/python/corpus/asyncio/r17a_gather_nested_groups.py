# gathers nested inside gathers flatten to nested lists of results
import asyncio

async def sq(n):
    await asyncio.sleep(0.01 * n)
    return n * n

async def main():
    evens = asyncio.gather(*(sq(n) for n in range(0, 6, 2)))
    odds = asyncio.gather(*(sq(n) for n in range(1, 6, 2)))
    both = await asyncio.gather(evens, odds, sq(10))
    print(both)
    print(sum(both[0]) + sum(both[1]) + both[2])

asyncio.run(main())
