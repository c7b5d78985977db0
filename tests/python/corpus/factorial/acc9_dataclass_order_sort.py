# order=True dataclasses sorted, compared, and used with min/max and bisect.
import asyncio
import bisect
from dataclasses import dataclass, field

@dataclass(order=True)
class Entry:
    digits: int
    n: int
    value: int = field(repr=False, compare=False)

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return Entry(len(str(r)), n, r)

async def main():
    entries = await asyncio.gather(*(factorial(n) for n in [10, 3, 12, 7, 9, 8]))
    print(entries)
    print(sorted(entries))
    print(max(entries), min(entries))
    print(Entry(1, 2, 0) < Entry(1, 3, 0), Entry(1, 3, 9) == Entry(1, 3, 0))
    table = sorted(entries)
    bisect.insort(table, Entry(6, 9, 0))
    print([e.n for e in table])
    try:
        Entry(1, 2, 3) < (1, 2)
    except TypeError as e:
        print(e)

asyncio.run(main())
