import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    a, b, c = await asyncio.gather(factorial(3), factorial(4), factorial(2))
    print(a, b, c)
    for n, value in await asyncio.gather(factorial(3), factorial(4)):
        print(n, value)

asyncio.run(main())
