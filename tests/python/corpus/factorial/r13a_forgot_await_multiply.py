import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    five = factorial(5)
    print('5! doubled is', five * 2)

asyncio.run(main())
