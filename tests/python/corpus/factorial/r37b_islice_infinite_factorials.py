# An infinite generator of factorials, sliced with itertools; the async part prints them slowly.
import asyncio
from itertools import count, islice, takewhile, dropwhile, pairwise


def all_factorials():
    f = 1
    for n in count():
        if n:
            f *= n
        yield n, f


async def show(pairs):
    for n, f in pairs:
        await asyncio.sleep(0.005)
        print(f"{n}! = {f}")


async def main():
    await show(islice(all_factorials(), 5))
    print([n for n, f in takewhile(lambda p: p[1] < 10**6, all_factorials())][-1])
    print(next(dropwhile(lambda p: len(str(p[1])) < 20, all_factorials())))
    print([b[1] // a[1] for a, b in islice(pairwise(all_factorials()), 1, 8)])
    print(list(islice(all_factorials(), 3, 1)))


asyncio.run(main())
