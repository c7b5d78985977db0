import asyncio

_cache: dict[int, asyncio.Task] = {}
calls = 0


async def _expensive(n):
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    return n ** 2


def cached(n):
    if n not in _cache:
        _cache[n] = asyncio.ensure_future(_expensive(n))
    return _cache[n]


async def main():
    results = await asyncio.gather(cached(3), cached(3), cached(4), cached(3))
    print(results, "computed", calls, "times")
    print(await cached(4), "computed", calls, "times")


asyncio.run(main())
