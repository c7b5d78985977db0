# Tasks share a cache of factorials; a Lock stops two tasks extending the cache at the same time.
import asyncio

cache = [1]
lock = asyncio.Lock()
extensions = []


async def factorial(n, who):
    async with lock:
        start = len(cache)
        for k in range(start, n + 1):
            await asyncio.sleep(0.002)
            cache.append(cache[-1] * k)
        if len(cache) > start:
            extensions.append((who, start, len(cache) - 1))
    return cache[n]


async def main():
    out = await asyncio.gather(factorial(6, "a"), factorial(3, "b"), factorial(9, "c"), factorial(9, "d"))
    print(out)
    print("who extended the cache:", extensions)
    print("cache length:", len(cache), "locked now:", lock.locked())


asyncio.run(main())
