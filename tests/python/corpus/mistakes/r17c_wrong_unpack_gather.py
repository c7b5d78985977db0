# Unpacking gather's results into the wrong number of names: ValueError
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    a, b = await asyncio.gather(factorial(3), factorial(4), factorial(5))
    print(a, b)


asyncio.run(main())
