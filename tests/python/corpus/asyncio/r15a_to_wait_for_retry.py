# Retry an operation with a timeout per attempt, each attempt a bit faster
import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0.6 - 0.2 * attempts)
    return f"succeeded on attempt {attempts}"

async def retry(coro_fn, timeout, tries):
    for i in range(1, tries + 1):
        try:
            return await asyncio.wait_for(coro_fn(), timeout)
        except asyncio.TimeoutError:
            print(f"attempt {i} timed out")
    raise RuntimeError("giving up")

async def main():
    print(await retry(flaky, 0.1, 3))
    try:
        await retry(lambda: asyncio.sleep(1), 0.1, 2)
    except RuntimeError as e:
        print("error:", e)

asyncio.run(main())
