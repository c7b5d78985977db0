# Wrong but running: the product starts at 0, so every factorial is 0
import asyncio


async def factorial(n):
    product = 0
    for i in range(1, n + 1):
        product *= i
        await asyncio.sleep(0.1)
    return product


async def calculate_factorials(numbers):
    values = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, v in zip(numbers, values):
        print(f'{n}! = {v}')


asyncio.run(calculate_factorials([3, 4]))
