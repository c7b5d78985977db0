import asyncio

async def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

async def main():
    results = await asyncio.gather(fact(3), fact(4)
    print(results)

asyncio.run(main())
