# The exercise given a negative number and a string: errors collected with return_exceptions
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f'factorial() needs an int, got {type(n).__name__}')
    if n < 0:
        raise ValueError(f'factorial() not defined for {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*map(factorial, numbers), return_exceptions=True)
    for n, r in zip(numbers, results):
        if isinstance(r, Exception):
            print(f'{n!r:>5}: {type(r).__name__}: {r}')
        else:
            print(f'{n!r:>5}: {r}')

asyncio.run(calculate_factorials([5, -2, 'x', 0, 4.0]))
