# Before writing my own, I look at what math.factorial says about itself.
import asyncio
import inspect
import math

print(math.factorial.__doc__)
print(math.factorial.__name__, math.factorial.__module__, type(math.factorial).__name__)
print(inspect.signature(math.factorial))


async def factorial(n):
    """My own version, with a pause per step."""
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


print(factorial.__doc__)
print(asyncio.run(factorial(6)) == math.factorial(6))
