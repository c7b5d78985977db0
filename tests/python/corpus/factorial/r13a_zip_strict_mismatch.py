import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in numbers[:3]])
    for n, r in zip(numbers, results):
        print(n, r)
    for n, r in zip(numbers, results, strict=True):
        print(n, r)

asyncio.run(main())
