# An async retry decorator with exponential backoff (functools.wraps keeps the name)
import asyncio
import functools
import random

random.seed(3)

def retry(times=3, base=0.01):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except IOError as e:
                    wait = base * 2 ** attempt
                    print(f"{fn.__name__} failed ({e}); retry in {wait:.2f}s")
                    await asyncio.sleep(wait)
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco

@retry(times=4)
async def fetch(url):
    if random.random() < 0.6:
        raise IOError(f"timeout on {url}")
    return f"<html from {url}>"

async def main():
    print(fetch.__name__, asyncio.iscoroutinefunction(fetch))
    for u in ["a.com", "b.com", "c.com"]:
        try:
            print(await fetch(u))
        except RuntimeError as e:
            print("error:", e)

asyncio.run(main())
