# Mistake: sum() with "start=" written before a generator expression (a keyword cannot take a comprehension).
import asyncio


async def square(n):
    await asyncio.sleep(0)
    return n * n


async def main():
    values = await asyncio.gather(*(square(n) for n in range(4)))
    print(sum(start=v for v in values))


asyncio.run(main())
