# Sorting results: key, reverse, stability across several passes, and min/max with default.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    ns = [5, 3, 7, 4, 6, 1, 2]
    vals = dict(zip(ns, await asyncio.gather(*map(factorial, ns))))
    rows = [(n, len(str(v)), v) for n, v in vals.items()]
    print(sorted(rows, key=lambda r: r[1]))
    print(sorted(rows, key=lambda r: r[1], reverse=True))
    by_n = sorted(rows)
    stable = sorted(sorted(by_n, key=lambda r: r[0] % 2), key=lambda r: r[1])
    print([r[0] for r in stable])
    words = ["bb", "a", "ccc", "B", "A", "aa"]
    print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
    print(min(rows, key=lambda r: r[2]), max(vals, key=vals.get), max(vals.values()))
    print(min([], default=None), max((), key=len, default="empty"), max(3, 1, 4), min("factorial"))
    print(max([1, 3, 3.0], key=abs), min([2, -2], key=abs), max(["a", "B"], key=str.casefold))
    try:
        max([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        min(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        sorted([3, "a", 1])
    except TypeError as e:
        print("TypeError:", e)
    lst = list(vals.items())
    lst.sort(key=lambda kv: -kv[1])
    print(lst[:3], sorted("Factorial"), sorted({3: 1, 1: 2}))

asyncio.run(main())
