# A retry decorator factory for coroutines: @retry(times=3, on=(ConnectionError,)).
import asyncio
import functools

def retry(times=3, on=(Exception,), delay=0.01):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except on as e:
                    print(f"{fn.__name__} attempt {attempt} failed: {e!r}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay)
        return wrapper
    return decorator

attempts = {"n": 0}

@retry(times=4, on=(ConnectionError,))
async def unstable():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ConnectionResetError("peer reset")
    return "ok"

@retry(times=2, on=(ConnectionError,))
async def broken(x):
    raise ConnectionAbortedError(x)

async def main():
    print(await unstable(), unstable.__name__)
    await broken("gone")

asyncio.run(main())
