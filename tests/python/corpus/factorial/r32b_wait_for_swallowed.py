# wait_for on a factorial that swallows its cancellation and returns what it has so far.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print(f"cancelled at step {i}, returning partial {r}")
            return r
        r *= i
    return r


async def main():
    try:
        result = await asyncio.wait_for(factorial(10), timeout=0.45)
        print("wait_for returned", result)
    except asyncio.TimeoutError:
        print("TimeoutError")


asyncio.run(main())
