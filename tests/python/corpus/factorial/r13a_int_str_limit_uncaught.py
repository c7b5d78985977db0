import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

async def main():
    for n in [10, 100, 1500, 2000]:
        f = await factorial(n)
        print(f'{n}! has {len(str(f))} digits')

asyncio.run(main())
