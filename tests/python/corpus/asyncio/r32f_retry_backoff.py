# Retry a flaky coroutine with exponential backoff, giving up after 4 attempts
import asyncio

attempts = {"n": 0}

class FlakyError(Exception):
    pass

async def flaky():
    attempts["n"] += 1
    await asyncio.sleep(0.005)
    if attempts["n"] < 3:
        raise FlakyError(f"attempt {attempts['n']} failed")
    return "success"

async def retry(coro_fn, tries=4, base=0.01):
    for i in range(tries):
        try:
            return await coro_fn()
        except FlakyError as e:
            delay = base * 2 ** i
            print(f"error: {e}; retrying in {delay:.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")

async def always_fails():
    raise FlakyError("nope")

async def main():
    print(await retry(flaky))
    try:
        await retry(always_fails, tries=2)
    except RuntimeError as e:
        print("caught:", e, "| cause:", repr(e.__context__))

asyncio.run(main())
