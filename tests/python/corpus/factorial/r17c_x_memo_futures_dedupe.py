# A cache of futures: two tasks asking for the same factorial share one computation
import asyncio

cache = {}
computed = []


async def compute(n):
    computed.append(n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def factorial(n):
    if n not in cache:
        cache[n] = asyncio.ensure_future(compute(n))
    return await cache[n]


async def main():
    print(await asyncio.gather(factorial(5), factorial(3), factorial(5), factorial(3)))
    print('computed:', computed)
    print(await factorial(5), computed)


asyncio.run(main())
