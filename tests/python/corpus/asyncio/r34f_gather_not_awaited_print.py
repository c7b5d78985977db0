# Wrong version: printing asyncio.gather(...) instead of awaiting it.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    print("fetched", i)
    return i

async def main():
    results = asyncio.gather(fetch(1), fetch(2))
    print("results:", results)
    print(type(results).__name__, results.done())
    await asyncio.sleep(0.15)
    print("now:", results, results.result())

asyncio.run(main())
