# pushed the exercise to factorial(2000) and printed the whole number
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        if i % 500 == 0:
            await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(n, 'bits:', r.bit_length())
        print(n, 'digits:', len(str(r)))

asyncio.run(calculate_factorials([100, 1000, 2000]))
