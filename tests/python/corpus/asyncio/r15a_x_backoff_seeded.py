# Exponential backoff with seeded jitter: the delays it chooses and the final outcome
import asyncio
import random

class TransientError(Exception):
    pass

calls = 0

async def unreliable():
    global calls
    calls += 1
    if calls < 4:
        raise TransientError(f"attempt {calls} failed")
    return "payload"

async def with_backoff(fn, retries=5, base=0.01):
    for attempt in range(retries):
        try:
            return await fn()
        except TransientError as e:
            delay = base * 2 ** attempt + random.uniform(0, base)
            print(f"{e}; retrying in {delay:.4f}s")
            await asyncio.sleep(delay)
    raise TransientError("out of retries")

async def main():
    random.seed(2024)
    print(await with_backoff(unreliable))

asyncio.run(main())
