# Factorial exercise: a cached recursive helper does the arithmetic; the coroutine only paces it.
import asyncio
from functools import lru_cache

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

async def factorial(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
    return fact(n)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    print(fact.cache_info())

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
