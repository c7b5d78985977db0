# A plain recursive factorial with lru_cache; the coroutine only sleeps around it
import asyncio
from functools import lru_cache


@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return fact(n)


async def calculate_factorials(numbers):
    values = await asyncio.gather(*[factorial(n) for n in numbers])
    print(values)
    print(fact.cache_info())


asyncio.run(calculate_factorials([5, 7, 3, 6]))
