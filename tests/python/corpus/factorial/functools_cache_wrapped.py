# functools.cache behind an async factorial: cache_info, cache_clear, __wrapped__
import asyncio
import functools


@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return fact(n)


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f"factorial({n}) = {r}")
    print(fact.cache_info())
    fact.cache_clear()
    print(fact.cache_info())
    print(fact(20), fact.cache_info().currsize)
    print(fact.__wrapped__(5), fact.__name__)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
