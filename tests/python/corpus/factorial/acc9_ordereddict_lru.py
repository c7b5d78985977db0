# An OrderedDict as a tiny LRU cache of factorials: move_to_end and popitem(last=False).
import asyncio
from collections import OrderedDict

class Cache:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.hits = self.misses = 0

    async def factorial(self, n):
        if n in self.data:
            self.hits += 1
            self.data.move_to_end(n)
            return self.data[n]
        self.misses += 1
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.002)
            r *= i
        self.data[n] = r
        if len(self.data) > self.size:
            old = self.data.popitem(last=False)
            print("evict", old)
        return r

async def main():
    c = Cache(3)
    for n in [5, 3, 5, 7, 8, 3, 5]:
        await c.factorial(n)
        print(n, list(c.data))
    print(c.hits, c.misses, c.data)
    c.data.move_to_end(next(reversed(c.data)), last=False)
    print(list(c.data.keys()), c.data.popitem())
    print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

asyncio.run(main())
