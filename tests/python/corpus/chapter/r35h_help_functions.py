# help() of the functions a learner meets in the chapter: asyncio's, builtins, their own
import asyncio
import math
import random


async def factorial(n: int) -> int:
    """Compute n! with a pause per step."""
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r


help(asyncio.gather)
help(asyncio.run)
help(asyncio.create_task)
help(asyncio.wait_for)
help(print)
help(random.randint)
help(math.sqrt)
help(factorial)
print(asyncio.run(factorial(5)))
