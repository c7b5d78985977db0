# A wait_for inside a wait_for: the outer, shorter timeout fires first.
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
    except asyncio.CancelledError:
        print(f"inner factorial({n}) cancelled at r={r}")
        raise
    return r


async def inner(n):
    try:
        return await asyncio.wait_for(factorial(n), timeout=1.0)
    except TimeoutError:
        return "inner timeout"


async def main():
    try:
        print(await asyncio.wait_for(inner(10), timeout=0.3))
    except TimeoutError:
        print("outer timeout")
    print(await asyncio.wait_for(inner(3), timeout=0.6))


asyncio.run(main())
