# A hand-written async memoize decorator with functools.wraps, and an async timing-free logger
import asyncio
import functools


def async_cache(func):
    cache = {}

    @functools.wraps(func)
    async def wrapper(*args):
        if args not in cache:
            cache[args] = await func(*args)
        else:
            print("  cache hit", args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@async_cache
async def fetch_price(item):
    await asyncio.sleep(0.02)
    print("  fetched", item)
    return {"apple": 3, "pear": 4}.get(item, 0)


async def main():
    print(await fetch_price("apple"))
    print(await fetch_price("apple"))
    print(await asyncio.gather(fetch_price("pear"), fetch_price("kiwi")))
    print(fetch_price.__name__, sorted(fetch_price.cache), asyncio.iscoroutinefunction(fetch_price))
    print(await fetch_price(["unhashable"]))


asyncio.run(main())
