# Wrong: result starts at 0, so every factorial is 0; assert catches it.
import asyncio

async def factorial(n):
    result = 0
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    assert results == [120, 5040, 6, 720], f'wrong results: {results}'

asyncio.run(calculate_factorials([5, 7, 3, 6]))
