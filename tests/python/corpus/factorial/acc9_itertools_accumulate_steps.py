# itertools.accumulate shows every partial product; islice, takewhile and pairwise.
import asyncio
import itertools
import operator

async def factorials_upto(n):
    await asyncio.sleep(0.01)
    return list(itertools.accumulate(range(1, n + 1), operator.mul))

async def main():
    table = await factorials_upto(10)
    print(table)
    print(list(itertools.accumulate(range(1, 6), operator.mul, initial=1)))
    print(list(itertools.islice(table, 2, 8, 2)))
    print(list(itertools.takewhile(lambda v: v < 1000, table)))
    print(list(itertools.dropwhile(lambda v: v < 1000, table))[:2])
    print([b // a for a, b in itertools.pairwise(table)])
    print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
    print(list(itertools.starmap(pow, [(2, 3), (10, 2)])))
    for n, v in zip(itertools.count(1), table[:3]):
        print(f"{n}! = {v}")
    cyc = itertools.cycle("ab")
    print([next(cyc) for _ in range(5)])

asyncio.run(main())
