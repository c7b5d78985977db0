# bigger factorials formatted with commas and a digit count
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        if i % 10 == 0:
            await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        assert r == math.factorial(n)
        s = f'{r:,}'
        print(f'{n}! has {len(str(r))} digits: {s if len(s) < 40 else s[:18] + "..." + s[-18:]}')

asyncio.run(calculate_factorials([10, 20, 25, 50, 100]))
