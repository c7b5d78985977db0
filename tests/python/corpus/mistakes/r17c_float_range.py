# range() given a float from division: TypeError 'float' object cannot be interpreted as an integer
import asyncio


async def half_factorial(n):
    result = 1
    for i in range(1, n / 2 + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


print(asyncio.run(half_factorial(8)))
