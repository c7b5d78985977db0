# A sync function returning an awaitable, marked with inspect.markcoroutinefunction (added in 3.12).
import asyncio
import inspect
import math


async def _fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


def factorial(n):
    return _fact(n)


print(inspect.iscoroutinefunction(factorial))
factorial = inspect.markcoroutinefunction(factorial)
print(inspect.iscoroutinefunction(factorial))
print(asyncio.run(factorial(5)))
