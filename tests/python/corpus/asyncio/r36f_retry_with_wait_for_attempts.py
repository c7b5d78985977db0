# Retry a flaky coroutine with a per-attempt timeout using wait_for, giving up after 4 attempts.
import asyncio

attempt_delays = [0.3, 0.25, 0.02, 0.01]

async def flaky(n):
    await asyncio.sleep(attempt_delays[n])
    return f"ok on attempt {n + 1}"

async def with_retries(max_attempts=4, timeout=0.1):
    for n in range(max_attempts):
        try:
            return await asyncio.wait_for(flaky(n), timeout=timeout)
        except asyncio.TimeoutError:
            print(f"attempt {n + 1} timed out")
            await asyncio.sleep(0.01 * (2 ** n))
    raise RuntimeError("all attempts failed")

async def main():
    print(await with_retries())
    global attempt_delays
    attempt_delays = [1, 1, 1, 1]
    await with_retries(timeout=0.02)

asyncio.run(main())
