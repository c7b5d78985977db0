import asyncio

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    results = await asyncio.gahter(factorial("A", 2), factorial("B", 3))
    print(results)

asyncio.run(main())
