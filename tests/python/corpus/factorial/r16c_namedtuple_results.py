# Results as namedtuples, printed with _asdict and unpacked
import asyncio
from collections import namedtuple

Fact = namedtuple('Fact', 'n value')

async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        v *= i
    return Fact(n, v)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results[0])
    for r in results:
        print(r._asdict())
    n, v = max(results, key=lambda r: r.value)
    print(f'biggest: {n}! = {v}')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
