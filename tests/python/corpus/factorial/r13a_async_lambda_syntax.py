import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    double = lambda n: await factorial(n) * 2
    print(await double(4))

asyncio.run(main())
