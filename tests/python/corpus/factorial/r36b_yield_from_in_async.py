# Trying to delegate to a generator of partial products with yield from inside async def.
import asyncio


def partial_products(n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
        yield acc


async def factorial(n):
    await asyncio.sleep(0.01)
    yield from partial_products(n)


async def main():
    print([x async for x in factorial(5)])


asyncio.run(main())
