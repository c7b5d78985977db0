import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    for n in (3, 4):
        value = asyncio.run(factorial(n))
        print(n, value)

asyncio.run(main())
