# Student computes with math.prod and reduce but sleeps once only; harness checks sleep count via timing.
import asyncio, math, time
from functools import reduce
from operator import mul

async def fact_prod(n):
    await asyncio.sleep(0.1)
    return math.prod(range(1, n + 1))

async def fact_reduce(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return reduce(mul, range(1, n + 1), 1)

async def timed(fn, nums):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    res = await asyncio.gather(*map(fn, nums))
    return res, loop.time() - t0

async def main():
    nums = [5, 7, 3, 6, 0]
    for fn in (fact_prod, fact_reduce):
        res, dt = await timed(fn, nums)
        verdict = 'sleeps per step' if dt > 0.5 else 'sleeps once'
        print(f'{fn.__name__:<12} {res} {verdict}')
    print(math.prod([]), reduce(mul, [], 1))
    try:
        reduce(mul, [])
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
