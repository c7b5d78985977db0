import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep
        result *= i
    return result

async def main():
    print('5! =', await factorial(5))

asyncio.run(main())
