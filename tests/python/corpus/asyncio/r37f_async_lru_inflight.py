# An async LRU cache (OrderedDict) that shares in-flight lookups through futures
import asyncio
from collections import OrderedDict

class AsyncLRU:
    def __init__(self, fn, size=2):
        self.fn, self.size = fn, size
        self.data = OrderedDict()
        self.hits = self.misses = 0

    async def get(self, key):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return await self.data[key]
        self.misses += 1
        fut = asyncio.ensure_future(self.fn(key))
        self.data[key] = fut
        if len(self.data) > self.size:
            old, _ = self.data.popitem(last=False)
            print("evict", old)
        return await fut

calls = []

async def lookup(key):
    calls.append(key)
    await asyncio.sleep(0.02)
    return key.upper()

async def main():
    cache = AsyncLRU(lookup)
    print(await asyncio.gather(cache.get("a"), cache.get("a"), cache.get("b")))
    print(await cache.get("c"))
    print(await cache.get("a"))
    print(await cache.get("b"))
    print("calls:", calls, "hits:", cache.hits, "misses:", cache.misses)
    print("keys:", list(cache.data))

asyncio.run(main())
