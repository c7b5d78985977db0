# A retry decorator with arguments for async functions, printing each attempt
import asyncio
import functools

def retry(times, exceptions=(Exception,), delay=0.01):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    print(f"{fn.__name__} attempt {attempt}/{times} failed: {e!r}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(delay * attempt)
        return wrapper
    return deco

state = {"calls": 0}

@retry(times=3, exceptions=(ConnectionError,))
async def connect():
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError("refused")
    return "connected"

@retry(times=2, exceptions=(ConnectionError,))
async def auth():
    raise PermissionError("wrong password")

async def main():
    print(await connect())
    await auth()

asyncio.run(main())
