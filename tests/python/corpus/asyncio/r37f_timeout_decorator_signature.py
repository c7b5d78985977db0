# A @timeout(seconds) decorator with wait_for that keeps the wrapped function's name and signature
import asyncio
import functools
import inspect

def timeout(seconds):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            return await asyncio.wait_for(fn(*args, **kwargs), seconds)
        return wrapper
    return deco

@timeout(0.1)
async def fetch(url: str, *, retries: int = 0) -> str:
    """Pretend to fetch a URL."""
    await asyncio.sleep(0.3 if "slow" in url else 0.01)
    return f"<html>{url}</html>"

async def main():
    print(fetch.__name__, inspect.signature(fetch), fetch.__doc__)
    print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(fetch.__wrapped__))
    print(await fetch("fast.example"))
    await fetch("slow.example", retries=1)

asyncio.run(main())
