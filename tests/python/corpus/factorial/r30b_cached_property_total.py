# A results container with a cached_property for the total and slots-free class.
import asyncio
from functools import cached_property, total_ordering


@total_ordering
class Result:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __eq__(self, other):
        return self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __repr__(self):
        return f"{self.n}!={self.value}"


class Batch:
    def __init__(self, results):
        self.results = results

    @cached_property
    def total(self):
        print("(computing total)")
        return sum(r.value for r in self.results)


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        v *= i
    return Result(n, v)


async def main():
    batch = Batch(await asyncio.gather(*map(factorial, [4, 2, 5])))
    print(batch.total, batch.total, sorted(batch.results), max(batch.results))
    print(batch.results[0] >= batch.results[1], batch.results[1] <= batch.results[1])
    print(vars(batch).keys())


asyncio.run(main())
