# A cached sync factorial used by many async tasks; cache_info shows the hits.
import asyncio
from functools import lru_cache


@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


async def job(n):
    await asyncio.sleep(0.01 * (n % 4))
    return fact(n)


async def main():
    print(await asyncio.gather(*(job(n) for n in (10, 5, 12, 10, 3))))
    print(fact.cache_info())
    fact.cache_clear()
    print(fact.cache_info())
    print(fact.__wrapped__(5), fact.cache_parameters())


asyncio.run(main())
