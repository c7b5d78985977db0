# as_completed with a timeout that is too short; I did not expect the TimeoutError.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    for coro in asyncio.as_completed([factorial(n) for n in [2, 6, 3]], timeout=0.3):
        print(await coro)


asyncio.run(main())
