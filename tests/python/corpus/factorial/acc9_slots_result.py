# A result class with __slots__, __eq__, __hash__ and __lt__, used in a set and sorted.
import asyncio

class Result:
    __slots__ = ("n", "value")

    def __init__(self, n, value):
        self.n = n
        self.value = value

    def __eq__(self, other):
        if not isinstance(other, Result):
            return NotImplemented
        return (self.n, self.value) == (other.n, other.value)

    def __hash__(self):
        return hash((self.n, self.value))

    def __lt__(self, other):
        return self.value < other.value

    def __repr__(self):
        return f"Result({self.n}, {self.value})"

async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        v *= i
    return Result(n, v)

async def main():
    rs = await asyncio.gather(*(factorial(n) for n in [5, 3, 5, 7, 3]))
    print(rs)
    print(len(set(rs)), sorted(set(rs)))
    print(Result(3, 6) == Result(3, 6), Result(3, 6) == (3, 6), Result(3, 6) != 6)
    print(max(rs), min(rs), sorted(rs, reverse=True)[:2])
    try:
        rs[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(rs[0], "__dict__"), Result.__slots__)
    try:
        print(Result(1, 1) > Result(2, 2), Result(1, 1) <= Result(2, 2))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
