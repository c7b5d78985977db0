import asyncio

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(0)
    return f

async def main():
    r = await asyncio.gather(factorial("A", 5), factorial("B", 3), factorial("C", 4))
    print()
    print(r)

asyncio.run(main())
