# A recursive async factorial for a big number: too many nested awaits.
import asyncio


async def factorial(n):
    if n <= 1:
        return 1
    return n * await factorial(n - 1)


async def main():
    small = await factorial(100)
    print(len(str(small)))
    big = await factorial(2000)
    print(len(str(big)))


asyncio.run(main())
