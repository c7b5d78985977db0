import asyncio
import functools
import random

rng = random.Random(3)

def with_retries(max_tries, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = 0.005
            for n in range(1, max_tries + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as exc:
                    print(f"{fn.__name__}: try {n} -> {exc!r}")
                    if n == max_tries:
                        raise
                    await asyncio.sleep(delay + rng.random() * 0.005)
                    delay *= 2
        return wrapper
    return decorate

calls = 0

@with_retries(4, exceptions=(ConnectionError,))
async def connect(host):
    """Connect to a host."""
    global calls
    calls += 1
    if calls < 3:
        raise ConnectionError(f"refused by {host}")
    return f"connected to {host}"

async def main():
    print(await connect("db.local"))
    print(connect.__name__, connect.__doc__)

asyncio.run(main())
