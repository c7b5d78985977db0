# A generic runner that forwards *args and **kwargs to async factorial functions; one call is wrong.
import asyncio


async def factorial(n, *, delay=0.01, verbose=False):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
        if verbose:
            print(f"  {i}: {r}")
    return r


async def run(func, *args, label="job", **kwargs):
    print(f"{label}: args={args} kwargs={kwargs}")
    return await func(*args, **kwargs)


async def main():
    print(await run(factorial, 4, verbose=True))
    print(await run(factorial, 5, label="five", delay=0.001))
    opts = {"delay": 0.001, "verbose": False}
    print(await run(factorial, *[6], **opts))
    print(await run(factorial, 3, 0.5))


asyncio.run(main())
