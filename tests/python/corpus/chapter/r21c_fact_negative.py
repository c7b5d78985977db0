# The exercise with a negative number raising ValueError inside gather.
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial() not defined for negative values: {n}')
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers], return_exceptions=True)
    for n, r in zip(numbers, results):
        print(f'{n:>3}: {r}')
    print(await factorial(-2))

asyncio.run(calculate_factorials([5, -1, 3]))
