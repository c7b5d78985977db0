import asyncio

async def factorial(n):
    match n:
        case 0 | 1:
            return 1
        case int() if n < 0:
            raise ValueError('negative input')
        case int():
            await asyncio.sleep(0.05)
            return n * await factorial(n - 1)
        case _:
            raise TypeError(f'expected int, got {type(n).__name__}')

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            print(f'{n!r:>6} -> {await factorial(n)}')
        except (ValueError, TypeError) as e:
            print(f'{n!r:>6} -> {e.__class__.__name__}: {e}')

asyncio.run(calculate_factorials([5, 0, -3, '4', 1, 7]))
