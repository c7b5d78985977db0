import asyncio

class TransientError(Exception):
    pass

attempts = {}

async def flaky(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0.001)
    if attempts[name] <= fail_times:
        raise TransientError(f"{name} attempt {attempts[name]} failed")
    return f"{name} ok after {attempts[name]} attempts"

async def retry(coro_fn, *args, retries=3, base_delay=0.01):
    for attempt in range(retries + 1):
        try:
            return await coro_fn(*args)
        except TransientError as e:
            if attempt == retries:
                raise
            delay = base_delay * 2 ** attempt
            print(f"  {e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)

async def main():
    print(await retry(flaky, "alpha", 2))
    try:
        await retry(flaky, "beta", 5, retries=2)
    except TransientError as e:
        print("gave up:", e)

asyncio.run(main())
