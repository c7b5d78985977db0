import asyncio

async def factorial(n):
    product = 1
    for k in range(n, 1, -1):
        await asyncio.sleep(0.01)
        product *= k
    return product

async def main():
    a, b, c = await asyncio.gather(factorial(5), factorial(6), factorial(7))
    print(f"5! = {a}, 6! = {b}, 7! = {c}")
    print(f"{b // a = }, {c // b = }")
    first, *rest = await asyncio.gather(*[factorial(n) for n in range(4)])
    print(first, rest)

asyncio.run(main())
