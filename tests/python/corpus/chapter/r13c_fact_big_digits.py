import asyncio
import math

async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        if i % 10 == 0:
            await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in zip(numbers, results):
        digits = str(r)
        print(f'{n}! has {len(digits)} digits, starts {digits[:8]}, digit sum {sum(map(int, digits))}')
        assert r == math.factorial(n)
    print(f'{results[0]:,}')

asyncio.run(calculate_factorials([25, 50, 100]))
