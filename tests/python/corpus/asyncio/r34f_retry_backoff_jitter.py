# Retry a flaky fake API call with exponential backoff (seeded jitter) and give up after 4 tries.
import asyncio
import random

random.seed(3)

class FlakyError(Exception):
    pass

calls = 0

async def flaky_api(x):
    global calls
    calls += 1
    await asyncio.sleep(0.005)
    if calls < 3:
        raise FlakyError(f"attempt {calls} failed")
    return x * 10

async def with_retries(coro_fn, *args, tries=4, base=0.01):
    for attempt in range(1, tries + 1):
        try:
            return await coro_fn(*args)
        except FlakyError as e:
            delay = base * 2 ** (attempt - 1) + random.uniform(0, 0.005)
            print(f"{e}; retrying in ~{base * 2 ** (attempt - 1):.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")

async def main():
    print("result:", await with_retries(flaky_api, 4))
    global calls
    calls = -10
    try:
        await with_retries(flaky_api, 5, tries=2)
    except RuntimeError as e:
        print("error:", e, "| calls =", calls)

asyncio.run(main())
