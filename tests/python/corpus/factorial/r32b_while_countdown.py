# A countdown-style factorial using while and printing each multiplication like a trace.
import asyncio


async def factorial(n):
    original = n
    product = 1
    while n > 0:
        print(f"  {original}: {product} * {n} = {product * n}")
        product *= n
        n -= 1
        await asyncio.sleep(0.05)
    return product


async def main():
    print("4! =", await factorial(4))
    print("0! =", await factorial(0))
    x, y = await asyncio.gather(factorial(2), factorial(3))
    print(x, y)


asyncio.run(main())
