# asyncio.timeout() context manager around a slow factorial, checking expired() afterwards.
import asyncio


async def factorial(n, step):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(step)
        r *= i
    return r


async def main():
    async with asyncio.timeout(0.5) as cm:
        print("fast:", await factorial(3, 0.05))
    print("expired?", cm.expired())
    try:
        async with asyncio.timeout(0.2) as cm:
            print("slow:", await factorial(6, 0.1))
    except TimeoutError:
        print("too slow, expired?", cm.expired())
    async with asyncio.timeout(0.1):
        await factorial(5, 0.1)


asyncio.run(main())
