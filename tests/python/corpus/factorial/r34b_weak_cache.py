# A weakref.WeakValueDictionary as a cache of factorial result objects.
import asyncio
import gc
import weakref


class Big:
    def __init__(self, n, value):
        self.n, self.value = n, value


cache = weakref.WeakValueDictionary()


async def factorial(n):
    if n in cache:
        return cache[n]
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    obj = Big(n, v)
    cache[n] = obj
    return obj


async def main():
    keep = await factorial(10)
    await factorial(20)
    gc.collect()
    print(sorted(cache.keys()), keep.value)
    del keep
    gc.collect()
    print(sorted(cache.keys()))


asyncio.run(main())
