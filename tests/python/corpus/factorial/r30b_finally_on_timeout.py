# A finally block in the factorial runs even when wait_for cancels it.
import asyncio


async def factorial(n):
    f, i = 1, 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            f *= i
        return f
    finally:
        print(f"cleanup for {n}: reached i={i}, f={f}")


async def main():
    print(await asyncio.wait_for(factorial(3), timeout=1))
    try:
        await asyncio.wait_for(factorial(10), timeout=0.5)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, isinstance(e, asyncio.TimeoutError))


asyncio.run(main())
