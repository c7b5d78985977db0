# A retry helper that gives up and raises from the last error; left uncaught to show the chain.
import asyncio

class RetryError(Exception):
    pass

async def retry(fn, attempts=3, base=0.01):
    last = None
    for i in range(attempts):
        try:
            return await fn()
        except ConnectionError as e:
            last = e
            print(f"attempt {i + 1} failed: {e}")
            await asyncio.sleep(base * 2 ** i)
    raise RetryError(f"gave up after {attempts} attempts") from last

async def always_down():
    await asyncio.sleep(0)
    raise ConnectionError("host unreachable")

asyncio.run(retry(always_down))
