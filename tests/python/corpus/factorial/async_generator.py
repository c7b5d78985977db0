# Factorial exercise: an async generator yields the running product; the tasks consume it.
import asyncio

async def partial_products(n):
    product = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        product *= i
        yield i, product

async def factorial(n):
    result = 1
    async for i, product in partial_products(n):
        result = product
    print(f'{n}! = {result}')
    return result

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

print(asyncio.run(calculate_factorials([5, 7, 3, 6])))
