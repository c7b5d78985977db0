# a neat table of the factorials, right aligned
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    width = len(str(max(results)))
    print(f"{'n':>3} | {'n!':>{width}}")
    print('-' * (width + 6))
    for n, r in sorted(zip(numbers, results)):
        print(f'{n:>3} | {r:>{width}}')

asyncio.run(calculate_factorials([5, 7, 3, 6, 10]))
