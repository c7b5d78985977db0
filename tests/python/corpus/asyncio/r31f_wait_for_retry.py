# Retry a flaky operation with a timeout on each attempt (Stack Overflow answer style)
import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    delay = 0.2 if attempts < 3 else 0.01
    await asyncio.sleep(delay)
    return f"ok after {attempts} attempts"

async def with_retries(coro_fn, retries=5, timeout=0.05):
    for i in range(1, retries + 1):
        try:
            return await asyncio.wait_for(coro_fn(), timeout=timeout)
        except asyncio.TimeoutError as e:
            print(f"attempt {i} timed out: {type(e).__name__} {e!r}")
    raise RuntimeError("gave up")

async def main():
    print(await with_retries(flaky))
    print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)

asyncio.run(main())
