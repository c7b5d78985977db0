import asyncio
import functools


def retry(times=3, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as e:
                    print(f"{func.__name__} attempt {attempt} failed: {e!r}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(0)
        return wrapper
    return decorator


calls = 0


@retry(times=3, exceptions=(TimeoutError,))
async def flaky_fetch(url):
    """Fetch a URL, badly."""
    global calls
    calls += 1
    if calls < 3:
        raise TimeoutError(f"{url} timed out")
    return f"<html>{url}</html>"


@retry(times=2)
async def always_fails():
    raise ValueError("nope")


async def main():
    print(flaky_fetch.__name__, flaky_fetch.__doc__, asyncio.iscoroutinefunction(flaky_fetch))
    print(await flaky_fetch("example.org"))
    await always_fails()


asyncio.run(main())
