# Recursive factorial with the base case n == 1 -- breaks on 0.
import asyncio


def factorial(n):
    if n == 1:
        return 1
    return n * factorial(n - 1)


async def compute(n):
    await asyncio.sleep(0.01)
    value = factorial(n)
    print(f"{n}! = {value}")
    return value


async def main():
    for n in [4, 1, 0]:
        await compute(n)


asyncio.run(main())
