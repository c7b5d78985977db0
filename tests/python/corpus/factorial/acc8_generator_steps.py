# A generator yields partial products; the coroutine awaits between them.
import asyncio

def partial_products(n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
        yield i, acc

async def factorial(n):
    last = 1
    for i, acc in partial_products(n):
        await asyncio.sleep(0.01)
        print(f"  [{n}] step {i}: {acc}")
        last = acc
    return last

async def main():
    a, b = await asyncio.gather(factorial(3), factorial(4))
    print(a, b, a + b)

asyncio.run(main())
