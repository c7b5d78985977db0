# Results sorted by value and printed in a table.
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    pairs = sorted(zip(numbers, results), key=lambda p: p[1], reverse=True)
    print(f"{'n':>3} | {'n!':>10}")
    print('-' * 16)
    for n, f in pairs:
        print(f'{n:>3} | {f:>10,}')

asyncio.run(calculate_factorials([5, 7, 3, 6, 10]))
