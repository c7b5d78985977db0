# gathering two coroutines and a value I already had
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 10

async def main():
    cached = 5
    results = await asyncio.gather(fetch(1), fetch(2), cached)
    print(results)

asyncio.run(main())
