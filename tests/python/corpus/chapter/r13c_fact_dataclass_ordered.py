import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Factorial:
    value: int
    number: int = field(compare=False)
    steps: int = field(default=0, compare=False, repr=False)

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    return Factorial(result, number, number)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*map(factorial, numbers))
    for f in sorted(results, reverse=True):
        print(f)
    print(max(results).number, min(results).number)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
