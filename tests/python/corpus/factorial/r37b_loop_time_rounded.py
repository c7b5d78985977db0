# Measuring with the event loop's own clock: each factorial took at least its number of sleeps.
import asyncio


async def factorial(n):
    loop = asyncio.get_running_loop()
    start = loop.time()
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return n, r, loop.time() - start


async def main():
    for n, r, took in await asyncio.gather(factorial(3), factorial(5), factorial(1)):
        print(f"{n}! = {r:<4} took at least {(n - 1) / 10}s: {took >= (n - 1) * 0.1 - 1e-9}")


asyncio.run(main())
