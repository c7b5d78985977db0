# Using the async factorial like a normal function in an expression (no await).
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


def combinations(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))


async def main():
    print("C(5, 2) =", await asyncio.sleep(0, combinations(5, 2)))


asyncio.run(main())
