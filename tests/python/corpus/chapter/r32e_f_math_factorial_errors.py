# letting math.factorial do the work - and feeding it bad values
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            print(f'{n!r:>6} -> {await factorial(n)}')
        except (ValueError, TypeError) as e:
            print(f'{n!r:>6} -> {type(e).__name__}: {e}')

asyncio.run(calculate_factorials([5, 0, -1, 4.0, '3', True, 10**1]))
print(math.comb(7, 3), math.perm(7, 3), round(math.gamma(5.5), 6), math.lgamma(10))
