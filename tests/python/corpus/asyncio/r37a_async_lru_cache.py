# A decorator that caches a coroutine function's results (storing tasks so concurrent calls share one)
import asyncio
import functools


def async_cache(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = asyncio.ensure_future(fn(*args))
        return cache[args]

    wrapper.cache = cache
    return wrapper


@async_cache
async def slow_double(x):
    print("computing", x)
    await asyncio.sleep(0.02)
    if x < 0:
        raise ValueError(x)
    return 2 * x


async def main():
    print(await asyncio.gather(slow_double(2), slow_double(3), slow_double(2)))
    print(await slow_double(3))
    print(slow_double.__name__, sorted(slow_double.cache))
    for _ in range(2):
        try:
            await slow_double(-1)
        except ValueError as e:
            print("ValueError", e)


asyncio.run(main())
