# Results kept in a deque, a ChainMap of caches, an OrderedDict and a namedtuple with defaults.
import asyncio
from collections import ChainMap, OrderedDict, deque, namedtuple

Entry = namedtuple("Entry", "n value note", defaults=["-"])


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.002)
    return r


async def main():
    recent = deque(maxlen=3)
    for n in range(1, 7):
        recent.append(Entry(n, await factorial(n)))
    print(recent)
    recent.rotate(1)
    print([e.n for e in recent], recent[0]._replace(note="rotated"))
    small, big = {0: 1, 1: 1}, {10: await factorial(10)}
    cache = ChainMap(small, big)
    print(cache[10], cache.get(5, "missing"), list(cache), cache.maps[0] is small)
    od = OrderedDict((n, await factorial(n)) for n in (3, 1, 2))
    od.move_to_end(3)
    od.move_to_end(2, last=False)
    print(od, od.popitem(last=False))


asyncio.run(main())
