# An async retry decorator with functools.wraps, exponential backoff and a final exception
import asyncio
import functools


def retry(attempts=3, base=0.01):
    def deco(coro_fn):
        @functools.wraps(coro_fn)
        async def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return await coro_fn(*args, **kwargs)
                except ConnectionError as e:
                    wait = base * 2 ** i
                    print(f"{coro_fn.__name__}: try {i + 1} failed ({e}); waiting {wait:.2f}s")
                    await asyncio.sleep(wait)
            raise TimeoutError(f"{coro_fn.__name__} failed {attempts} times")
        return wrapper
    return deco


calls = {"n": 0}


@retry(attempts=4)
async def fetch(url):
    """Pretend to fetch a URL."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"refused #{calls['n']}")
    return f"<html from {url}>"


@retry(attempts=2)
async def never():
    raise ConnectionError("down")


async def main():
    print(await fetch("http://example.test"), fetch.__name__, fetch.__doc__)
    print(asyncio.iscoroutinefunction(fetch))
    await never()


asyncio.run(main())
