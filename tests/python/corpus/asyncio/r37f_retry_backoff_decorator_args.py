# A retry decorator with arguments (tries, base delay) and exponential backoff, like a blog post shows
import asyncio
import functools

def retry(tries=3, base=0.01, exceptions=(ConnectionError,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, tries + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    print(f"{fn.__name__}: attempt {attempt} failed: {e!r}")
                    if attempt == tries:
                        raise
                    await asyncio.sleep(delay)
                    delay *= 2
        return wrapper
    return deco

calls = {"n": 0}

@retry(tries=4)
async def flaky(x):
    """Fails twice then works."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"reset #{calls['n']}")
    return x * 10

@retry(tries=2, exceptions=(KeyError,))
async def always_bad():
    raise KeyError("missing")

async def main():
    print(flaky.__name__, flaky.__doc__)
    print("result:", await flaky(4))
    await always_bad()

asyncio.run(main())
