# A finished future's, task's and gather's repr shows the result through
# reprlib.repr, as CPython's base_futures: long strs, ints and reprs cut in the
# middle, containers to 6 items (dicts 4, keys sorted), 6 levels deep.
import asyncio
from dataclasses import dataclass
from collections import deque, OrderedDict

@dataclass
class Job:
    name: str
    value: int

async def give(x):
    return x

async def main():
    loop = asyncio.get_running_loop()
    for v in ['x' * 100, 'short', 'é' * 40, '\x00' * 12, 'a\nb' * 20, 2 ** 200, -(10 ** 45), 3.14, True, None,
              list(range(10)), (1,), (1, 2), tuple(range(8)), {3, 1, 2}, set(range(9)), frozenset({5, 4}), frozenset(),
              set(), {}, {'b': 1, 'a': 2, 'c': [1, 2], 'e': 5, 'd': 4}, {1: 'x', 'a': 2}, [[[[[[[1]]]]]]], [[[[[[[]]]]]]],
              {'k': {'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}}, deque(range(10)), OrderedDict(a=1),
              Job('factorial', 120), Job('x' * 50, 1), ValueError('e'), [1, 'x' * 40, 2 ** 150]]:
        f = loop.create_future()
        f.set_result(v)
        print(repr(f))
    t = asyncio.create_task(give(list(range(100))))
    await t
    print(repr(t).split(' coro=')[1].split('>', 1)[1])
    g = asyncio.gather(give(1), give('y' * 50), *(give(i) for i in range(6)))
    await g
    print(repr(g))

asyncio.run(main())
