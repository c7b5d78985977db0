import asyncio
import functools
import inspect

def retry(times):
    def decorator(coro_fn):
        @functools.wraps(coro_fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await coro_fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"  {coro_fn.__name__} attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.01)
            raise RuntimeError(f"{coro_fn.__name__} failed after {times} attempts")
        return wrapper
    return decorator

def log(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"  log: {fn.__name__}{args}")
        return fn(*args)
    return wrapper

attempts = {"n": 0}

@retry(3)
async def fetch(url):
    """Fetch a URL."""
    attempts["n"] += 1
    await asyncio.sleep(0.01)
    if attempts["n"] < 3:
        raise ConnectionError(f"reset #{attempts['n']}")
    return f"data from {url}"

@log
async def wrapped_by_sync(x):
    return x * 2

async def main():
    print(await fetch("a.io"))
    print(fetch.__name__, fetch.__doc__, inspect.iscoroutinefunction(fetch))
    print(inspect.iscoroutinefunction(wrapped_by_sync), inspect.iscoroutinefunction(fetch.__wrapped__))
    coro = wrapped_by_sync(21)
    print(type(coro).__name__, asyncio.iscoroutine(coro), await coro)
    attempts["n"] = -10
    await fetch("b.io")

asyncio.run(main())
