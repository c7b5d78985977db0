# What happens when functools.lru_cache decorates an async function and the coroutine is reused.
import asyncio
from functools import lru_cache

calls = 0

@lru_cache(maxsize=None)
async def fetch(n):
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    return n * n

async def main():
    print(await fetch(3))
    print(fetch.cache_info())
    c1, c2 = fetch(4), fetch(4)
    print(c1 is c2, calls)
    print(await c1)
    try:
        print(await c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(fetch.cache_info(), calls)
    await fetch(3)

asyncio.run(main())
