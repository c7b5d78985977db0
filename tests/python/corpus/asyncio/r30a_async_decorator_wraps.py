# An async timing-free retry decorator with functools.wraps keeps the coroutine function nature
import asyncio
import functools
import inspect

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise ConnectionError(f"gave up after {times}")
        return wrapper
    return deco

calls = 0

@retry(3)
async def flaky(ok_on):
    """Succeeds on a given call."""
    global calls
    calls += 1
    await asyncio.sleep(0)
    if calls < ok_on:
        raise ConnectionError(f"call {calls}")
    return f"ok on call {calls}"

async def main():
    print(flaky.__name__, flaky.__doc__, inspect.iscoroutinefunction(flaky))
    print(await flaky(2))
    print(await flaky(10))

asyncio.run(main())
