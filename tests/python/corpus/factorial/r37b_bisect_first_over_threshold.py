# Finding the first n whose factorial passes 10**k, using bisect on a precomputed list.
import asyncio
import bisect
import math


async def build(limit):
    facts = []
    f = 1
    for n in range(limit):
        if n:
            f *= n
        facts.append(f)
        if n % 10 == 0:
            await asyncio.sleep(0.005)
    return facts


async def main():
    facts = await build(60)
    for k in (3, 6, 10, 20, 50, 80):
        n = bisect.bisect_right(facts, 10**k)
        print(f"first n with n! > 10^{k}: {n}" if n < len(facts) else f"none below 60 for 10^{k}")
    print(bisect.bisect_left(facts, 120), bisect.bisect_right(facts, 120), facts.index(120))
    bisect.insort(facts, 7)
    print(facts[:6])


asyncio.run(main())
