# comparing my async factorial with math.factorial on bad inputs
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers), return_exceptions=True)
    for n, r in zip(numbers, results):
        print(repr(n), '->', r if not isinstance(r, Exception) else f'{type(r).__name__}: {r}')

asyncio.run(calculate_factorials([5, 5.0, 5.5, -3, '4', True, 10**2]))
