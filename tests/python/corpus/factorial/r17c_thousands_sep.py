# Thousands separators and right-aligned columns for bigger inputs
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01 * n)
    return math.factorial(n)


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    width = len(f'{max(results):,}')
    for n, r in zip(numbers, results):
        print(f'{n:3d}! = {r:>{width},}')
    print(f'{results[-1]:_}')
    print(f'{results[-1]:.3e}')


asyncio.run(calculate_factorials([10, 15, 20, 25]))
