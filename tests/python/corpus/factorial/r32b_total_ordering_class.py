# A result class with total_ordering and __hash__ used in sorting, max and a set.
import asyncio
from functools import total_ordering


@total_ordering
class FactResult:
    __slots__ = ("n", "value")

    def __init__(self, n, value):
        self.n, self.value = n, value

    def __eq__(self, other):
        return isinstance(other, FactResult) and self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"{self.n}!={self.value}"


async def compute(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    return FactResult(n, v)


async def main():
    res = await asyncio.gather(*map(compute, [4, 0, 6, 1, 3]))
    print(sorted(res), max(res), min(res))
    print(res[1] == res[3], len(set(res)), res[0] >= res[4])
    try:
        res[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
