# Awaiting what a plain function returns: object NoneType can't be used in 'await' expression
import asyncio


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    print(n, f)


async def main():
    await factorial(4)


asyncio.run(main())
