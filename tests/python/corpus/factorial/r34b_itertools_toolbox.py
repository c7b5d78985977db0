# Factorials with the itertools toolbox: accumulate, islice, takewhile, groupby, chain, zip_longest.
import asyncio
import itertools
import operator


async def factorial_stream(limit):
    for n, f in enumerate(itertools.accumulate(itertools.count(1), operator.mul), 1):
        if n > limit:
            return
        await asyncio.sleep(0.001)
        yield n, f


async def main():
    pairs = [p async for p in factorial_stream(15)]
    print(list(itertools.islice((f for _, f in pairs), 3, 6)))
    print(list(itertools.takewhile(lambda p: p[1] < 10_000, pairs)))
    by_digits = itertools.groupby(pairs, key=lambda p: len(str(p[1])))
    print({d: [n for n, _ in grp] for d, grp in by_digits if d > 5})
    print(list(itertools.zip_longest("abc", [1, 2], fillvalue="?")))
    print(list(itertools.chain.from_iterable([[1, 2], (3,), "45"])), list(itertools.repeat(0, 3)))
    print(list(itertools.compress(range(8), [1, 0, 1])), list(itertools.starmap(pow, [(2, 3), (5, 2)])))
    a, b = itertools.tee(iter([1, 2, 6, 24]))
    print(list(itertools.accumulate([1, 2, 3, 4], initial=100)), list(a) == list(b))


asyncio.run(main())
