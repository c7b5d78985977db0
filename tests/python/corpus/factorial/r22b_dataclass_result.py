import asyncio
from dataclasses import dataclass

@dataclass
class Result:
    n: int
    value: int
    steps: int

async def factorial(n):
    value, steps = 1, 0
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        value *= i
        steps += 1
    return Result(n, value, steps)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for r in results:
        print(r)
    print(max(results, key=lambda r: r.value))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
