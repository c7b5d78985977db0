import asyncio

async def partial_products(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.01)
        yield i, f

async def factorial(name, n):
    last = 1
    async for i, f in partial_products(n):
        print(f"Task {name}: {i}! = {f}")
        last = f
    return last

async def main():
    print(await asyncio.gather(factorial("A", 3), factorial("B", 4)))
    values = [f async for _, f in partial_products(5)]
    print(values)

asyncio.run(main())
