# itertools.groupby over sorted results, chain, product, zip_longest, compress, repeat.
import asyncio
from itertools import groupby, chain, product, zip_longest, compress, repeat, tee

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    ns = list(range(0, 9))
    values = await asyncio.gather(*map(factorial, ns))
    for key, group in groupby(sorted(zip(ns, values), key=lambda p: len(str(p[1]))), key=lambda p: len(str(p[1]))):
        print(key, [n for n, _ in group])
    print([k for k, _ in groupby("aaabccaa")], [len(list(g)) for _, g in groupby("aaabccaa")])
    print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
    print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
    print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
    print(list(compress(ns, [v % 2 == 0 for v in values])))
    print(list(repeat("x", 3)), list(map(pow, range(4), repeat(2))))
    a, b = tee(iter(values[:4]))
    print(list(a), list(b))

asyncio.run(main())
