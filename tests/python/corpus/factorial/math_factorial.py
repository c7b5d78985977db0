# Factorial exercise: sleep per step, check the loop's result against math.factorial.
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    assert result == math.factorial(n), (n, result)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('results:', results)
    print('checked with math.factorial:', results == [math.factorial(n) for n in numbers])
    print('20! =', math.factorial(20), '| 30! =', math.factorial(30))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
