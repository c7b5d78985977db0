# Factorial exercise: a plain generator of partial products consumed by a coroutine.
import asyncio

def partial_products(n):
    product = 1
    for i in range(1, n + 1):
        product *= i
        yield i, product

async def factorial(n):
    last = 1
    for i, p in partial_products(n):
        await asyncio.sleep(0.01)
        last = p
    return last

async def main():
    print(list(partial_products(5)))
    gen = partial_products(3)
    print(next(gen), next(gen), next(gen), next(gen, 'exhausted'))
    print(dict(partial_products(4)))
    results = await asyncio.gather(*[factorial(n) for n in range(6)])
    print(results)

asyncio.run(main())
