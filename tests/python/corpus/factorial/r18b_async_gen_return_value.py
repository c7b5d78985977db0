import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        yield result
    return result

async def main():
    async for r in factorial(5):
        print(r)

asyncio.run(main())
