# namedtuple results, sorted by value and printed with _asdict
import asyncio
from collections import namedtuple

Fact = namedtuple('Fact', 'n value steps')


async def factorial(n):
    value, steps = 1, 0
    for i in range(2, n + 1):
        value *= i
        steps += 1
        await asyncio.sleep(0.1)
    return Fact(n, value, steps)


async def calculate_factorials(numbers):
    facts = await asyncio.gather(*[factorial(n) for n in numbers])
    for f in sorted(facts, key=lambda f: f.value):
        print(f)
    print(facts[0]._asdict())


asyncio.run(calculate_factorials([5, 7, 3, 6]))
