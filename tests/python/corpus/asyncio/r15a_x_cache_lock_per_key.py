# An async cache with a Lock per key: concurrent requests for one key load it once
import asyncio
from collections import defaultdict

loads = []
cache = {}
locks = defaultdict(asyncio.Lock)

async def load(key):
    loads.append(key)
    await asyncio.sleep(0.05)
    return key.upper()

async def get(key):
    async with locks[key]:
        if key not in cache:
            cache[key] = await load(key)
        return cache[key]

async def main():
    results = await asyncio.gather(*(get(k) for k in ["a", "b", "a", "a", "b", "c"]))
    print(results)
    print("loads:", loads)

asyncio.run(main())
