# as_completed with a timeout that is too short for the biggest factorial; the error isn't caught.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


async def main():
    for coro in asyncio.as_completed([factorial(3), factorial(12), factorial(2)], timeout=0.3):
        print("result:", await coro)


asyncio.run(main())
