# More * and ** mistakes: a class, a bound built-in method, math.factorial and asyncio.gather named with their modules; displays; keywords to math.factorial
import math
import asyncio


class K:
    pass


def gen():
    yield 1
    yield 2


tests = [
    lambda: K(*5),
    lambda: [].append(*5),
    lambda: "x".join(*3),
    lambda: math.factorial(*None),
    lambda: asyncio.gather(*7),
    lambda: (lambda: 0)(*1),
    lambda: print(*gen(), sep="-"),
    lambda: max(*[3, 1, 2]),
    lambda: K(**3),
    lambda: "{}".format(**None),
    lambda: dict(**{"a": 1}, **{"a": 2}),
    lambda: {**{"a": 1}, **5},
    lambda: [*range(3), *4],
    lambda: {*5},
    lambda: math.factorial(**{"x": 5}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
