# Grouping n by how many trailing zeros n! has, with a defaultdict, and by digit count with setdefault.
import asyncio
import math
from collections import defaultdict
from itertools import groupby


async def info(n):
    await asyncio.sleep(0.001 * n)
    s = str(math.factorial(n))
    return n, len(s) - len(s.rstrip("0")), len(s)


async def main():
    rows = await asyncio.gather(*(info(n) for n in range(1, 21)))
    by_zeros = defaultdict(list)
    by_digits = {}
    for n, zeros, digits in rows:
        by_zeros[zeros].append(n)
        by_digits.setdefault(digits, []).append(n)
    print(dict(by_zeros))
    print({d: ns for d, ns in by_digits.items() if len(ns) > 1})
    for zeros, group in groupby(rows, key=lambda r: r[1]):
        print(zeros, [r[0] for r in group])
    print(by_zeros[99], 99 in by_zeros)


asyncio.run(main())
