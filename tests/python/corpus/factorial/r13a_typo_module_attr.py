import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleeep(0.1)
        result *= i
    return result

async def main():
    print(await factorial(3))

asyncio.run(main())
