# Factorial exercise: each result is a dataclass with the number, the value and the steps taken.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    value: int
    n: int = field(compare=False)
    steps: list = field(default_factory=list, compare=False, repr=False)

async def factorial(n):
    result = Result(1, n)
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result.value *= i
        result.steps.append(i)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for r in sorted(results):
        print(r, len(r.steps))
    print(max(results))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
