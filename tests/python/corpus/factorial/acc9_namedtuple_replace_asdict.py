# collections.namedtuple results: _make, _replace, _asdict, defaults and field errors.
import asyncio
from collections import namedtuple

Result = namedtuple("Result", "n value elapsed", defaults=[0.0])

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return Result(n, r)

async def main():
    rs = await asyncio.gather(*map(factorial, (3, 6, 5)))
    print(rs)
    print(rs[1]._asdict(), rs[1]._replace(elapsed=0.05))
    print(Result._make([7, 5040, 0.07]), Result._fields, Result._field_defaults)
    n, value, _ = rs[2]
    print(n, value, rs[2].value == rs[2][1], rs[0] < rs[1], rs[0] + rs[1])
    print(sorted(rs, key=lambda r: -r.value)[0])
    try:
        rs[0]._replace(size=1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        namedtuple("Bad", "n class")
    except ValueError as e:
        print("ValueError:", e)
    P = namedtuple("P", ["x", "def", "x"], rename=True)
    print(P._fields)
    print(Result(1, 1, 1).__class__.__name__, isinstance(rs[0], tuple))

asyncio.run(main())
