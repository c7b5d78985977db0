# Catching two exception types the Python 2 way around wait_for.
import asyncio


async def factorial(n):
    if n < 0:
        raise ValueError("negative")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


async def main():
    try:
        print(await asyncio.wait_for(factorial(8), timeout=0.2))
    except asyncio.TimeoutError, ValueError:
        print("failed")


asyncio.run(main())
