# Ratios of consecutive factorials with itertools.pairwise should give back 1, 2, 3, ...
import asyncio
import itertools
import operator


async def factorials_upto(n):
    await asyncio.sleep(0.01)
    return list(itertools.accumulate(range(1, n + 1), operator.mul, initial=1))


async def main():
    facts = await factorials_upto(8)
    print(facts)
    ratios = [b // a for a, b in itertools.pairwise(facts)]
    print("ratios:", ratios)
    print("starmap:", list(itertools.starmap(pow, zip(range(1, 5), itertools.repeat(2)))))
    chunks = [list(g) for _, g in itertools.groupby(facts, key=lambda f: len(str(f)))]
    print("by digit count:", chunks)
    print(list(itertools.takewhile(lambda f: f < 1000, facts)))
    print(list(itertools.compress(facts, itertools.cycle([1, 0]))))


asyncio.run(main())
