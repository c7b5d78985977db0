# itertools.accumulate with operator.mul gives every factorial up to n
import asyncio
import itertools
import operator

async def factorials_up_to(n):
    out = []
    for i, f in enumerate(itertools.accumulate(range(1, n + 1), operator.mul), 1):
        await asyncio.sleep(0.01)
        out.append((i, f))
    return out

async def main():
    table = await factorials_up_to(8)
    print(*(f"{i}!={f}" for i, f in table), sep=", ")
    print(list(itertools.accumulate(range(1, 6), operator.mul, initial=1)))
    print(dict(table)[8], max(table, key=operator.itemgetter(1)))

asyncio.run(main())
