# A generator yields the partial products; the coroutine sleeps between them.
import asyncio


def partial_products(n):
    """Yield 1!, 2!, ..., n!"""
    p = 1
    for i in range(1, n + 1):
        p *= i
        yield i, p


async def factorial(n):
    last = 1
    for i, p in partial_products(n):
        await asyncio.sleep(0.01)
        print(f"[{n}] {i}! = {p}")
        last = p
    return last


async def main():
    print(await asyncio.gather(factorial(3), factorial(2)))
    gen = partial_products(3)
    print(next(gen), next(gen), next(gen))
    print(next(gen))


asyncio.run(main())
