# Mixing floats in: multiplying a big factorial by 1.0 or dividing by one.
import asyncio


async def factorial(n, start=1):
    f = start
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    print(await factorial(20, 1.0))
    print(await factorial(170, 1.0))
    print(await factorial(171, 1.0))
    big = await factorial(171)
    print(big > 1e308, big == float("inf"), big < float("inf"))
    print(big * 1.0)


asyncio.run(main())
