# The results are checked against math.factorial with assert before printing
import asyncio
import math


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    assert result == math.factorial(n), n
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    assert len(results) == len(numbers)
    print('all correct:', results)


asyncio.run(calculate_factorials([5, 7, 3, 6]))
