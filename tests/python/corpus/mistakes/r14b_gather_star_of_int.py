# Mistake: gather unpacks a count instead of a list of coroutines (argument after * must be an iterable).
import asyncio


async def worker(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    count = 3
    results = await asyncio.gather(*count)
    print(results)


asyncio.run(main())
