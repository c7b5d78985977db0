# Input validation: negatives and non-ints raise, gather with return_exceptions reports them
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f'factorial() needs an int, not {type(n).__name__}')
    if n < 0:
        raise ValueError(f'factorial() not defined for negative values: {n}')
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers), return_exceptions=True)
    for n, r in zip(numbers, results):
        if isinstance(r, Exception):
            print(f'{n!r}: error {type(r).__name__}: {r}')
        else:
            print(f'{n!r}: {r}')

asyncio.run(calculate_factorials([5, -2, 3.5, '4', 4]))
