import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        return result

async def main():
    nums = [5, 7, 3, 6]
    print(await asyncio.gather(*[factorial(n) for n in nums]))
    print('why are they all 1?')

asyncio.run(main())
