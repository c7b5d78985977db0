import asyncio
import itertools
import operator
from decimal import Decimal, getcontext

async def factorial(n):
    values = []
    for v in itertools.accumulate(range(1, n + 1), operator.mul, initial=1):
        values.append(v)
        await asyncio.sleep(0.02)
    return values[-1]

async def main():
    nums = [5, 7, 3, 6, 30, 50]
    res = await asyncio.gather(*map(factorial, nums))
    for n, r in zip(nums, res):
        d = Decimal(r)
        print(f"{n:>3} {d:.5E} {d.adjusted():>3}")
    getcontext().prec = 10
    print(Decimal(res[-1]) / Decimal(res[-2]))
    print(+Decimal(res[-1]), Decimal(res[-1]).sqrt())
    print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))

asyncio.run(main())
