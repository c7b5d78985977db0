import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

async def main():
    for n in [10, 20, 50, 100, 170, 171]:
        f = await factorial(n)
        print(f'{n:>3}! ~ {f:.4e}   float: {float(f):.3g}')

asyncio.run(main())
