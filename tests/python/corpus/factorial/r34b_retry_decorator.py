# A retry decorator for an async factorial that fails the first two times it is called.
import asyncio
import functools

attempts = {"count": 0}


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def inner(*a):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*a)
                except ConnectionError as e:
                    print(f"attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.01 * attempt)
            raise RuntimeError(f"gave up after {times} attempts")
        return inner
    return deco


@retry(times=3)
async def flaky_factorial(n):
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError("server busy")
    product = 1
    for k in range(1, n + 1):
        product *= k
    return product


async def main():
    print("8! =", await flaky_factorial(8))
    attempts["count"] = -5
    print("9! =", await flaky_factorial(9))


asyncio.run(main())
