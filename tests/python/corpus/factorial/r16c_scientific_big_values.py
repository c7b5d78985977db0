# Big factorials in scientific notation and their float overflow
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.1)
    return f

async def main():
    for n in (20, 50, 100, 170):
        f = await factorial(n)
        print(f'{n}! ~ {f:.3e}  float: {float(f):.6g}')
    big = await factorial(171)
    try:
        float(big)
    except OverflowError as e:
        print('171!:', e)
    print(f'{big:.4e}')

asyncio.run(main())
