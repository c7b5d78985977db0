# ChainMap for layered settings, deque as a sliding window of recent results, OrderedDict as an LRU.
import asyncio
import math
from collections import ChainMap, deque, OrderedDict

defaults = {"delay": 0.005, "window": 3}
overrides = {"window": 2}
settings = ChainMap(overrides, defaults)


async def factorial(n):
    await asyncio.sleep(settings["delay"])
    return math.factorial(n)


async def main():
    recent = deque(maxlen=settings["window"])
    lru = OrderedDict()
    for n in (3, 5, 3, 7, 4):
        v = await factorial(n)
        recent.append((n, v))
        lru[n] = v
        lru.move_to_end(n)
        if len(lru) > 3:
            lru.popitem(last=False)
        print(list(recent), list(lru))
    print(settings, settings.maps[1]["window"], dict(settings.new_child({"delay": 0})))
    recent.rotate(1)
    print(recent, recent.maxlen)


asyncio.run(main())
