# The exercise given strings instead of ints: TypeError in range.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

print(asyncio.run(calculate_factorials(['5', '3'])))
