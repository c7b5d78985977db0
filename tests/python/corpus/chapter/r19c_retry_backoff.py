# Retry with exponential backoff (small delays)
import asyncio
import random

class TransientError(Exception):
    pass

attempts = {"a": 0, "b": 0}

async def flaky(name, fail_times):
    attempts[name] += 1
    await asyncio.sleep(0.01)
    if attempts[name] <= fail_times:
        raise TransientError(f"{name} failed (attempt {attempts[name]})")
    return f"{name} ok after {attempts[name]} attempts"

async def retry(coro_fn, *args, retries=4, base=0.02):
    for attempt in range(retries):
        try:
            return await coro_fn(*args)
        except TransientError as e:
            delay = base * 2 ** attempt
            print(f"  {e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError(f"gave up after {retries} attempts")

async def main():
    print(await retry(flaky, "a", 2))
    try:
        await retry(flaky, "b", 10, retries=3)
    except RuntimeError as e:
        print("error:", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    print(attempts)

random.seed(1)
asyncio.run(main())
