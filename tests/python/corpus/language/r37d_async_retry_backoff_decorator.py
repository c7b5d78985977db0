# A retry decorator for coroutines with exponential backoff, wraps, and a final failure re-raised.
import asyncio
import functools

def retry(times=3, base=0.01, on=(ConnectionError,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except on as e:
                    delay = base * 2 ** (attempt - 1)
                    print(f"  {fn.__name__} attempt {attempt} failed: {e!r}; wait {delay:.2f}s")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay)
        return wrapper
    return deco

attempts = {"flaky": 0}

@retry()
async def flaky():
    attempts["flaky"] += 1
    if attempts["flaky"] < 3:
        raise ConnectionError(f"try {attempts['flaky']}")
    return "payload"

@retry(times=2, on=(ConnectionError, TimeoutError))
async def dead(host):
    raise TimeoutError(host)

async def main():
    print("flaky ->", await flaky())
    print(flaky.__name__, flaky.__wrapped__.__name__, asyncio.iscoroutinefunction(flaky))
    await dead("db.local")

asyncio.run(main())
