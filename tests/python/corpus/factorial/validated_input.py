# Factorial exercise: bad numbers raise ValueError; gather(return_exceptions=True) reports them.
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f'{n!r} is not an integer')
    if n < 0:
        raise ValueError(f'factorial of negative number {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers], return_exceptions=True)
    for n, r in zip(numbers, results):
        if isinstance(r, Exception):
            print(f'{n!r}: error: {r}')
        else:
            print(f'{n}! = {r}')

asyncio.run(calculate_factorials([5, -2, 3, 2.5, 0]))
