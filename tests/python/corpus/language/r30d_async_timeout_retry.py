# A retry helper with wait_for timeouts and exponential backoff, as a course's exercise
import asyncio

attempts_log = []


async def unreliable(n):
    attempts_log.append(n)
    await asyncio.sleep(0.3 if n < 2 else 0.01)
    return f"answer after {n + 1} tries"


async def retry(make, tries=3, timeout=0.1, backoff=0.01):
    for i in range(tries):
        try:
            return await asyncio.wait_for(make(i), timeout)
        except asyncio.TimeoutError:
            print(f"try {i}: timed out, waiting {backoff * 2 ** i:.2f}s")
            await asyncio.sleep(backoff * 2 ** i)
    raise TimeoutError(f"gave up after {tries} tries")


async def main():
    print(await retry(unreliable))
    print(attempts_log)
    attempts_log.clear()
    print(await retry(unreliable, tries=2))


asyncio.run(main())
