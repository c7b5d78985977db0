# result objects ordered with total_ordering and kept in a heap
import asyncio
import heapq
from functools import total_ordering

@total_ordering
class Result:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __eq__(self, other):
        return self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"{self.n}!={self.value}"

async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    return Result(n, v)

async def main():
    results = await asyncio.gather(*(factorial(n) for n in [6, 0, 4, 1, 5]))
    heap = list(results)
    heapq.heapify(heap)
    print([heapq.heappop(heap) for _ in range(3)])
    print(max(results), Result(0, 1) == Result(1, 1), Result(3, 6) >= Result(2, 2))
    print(len({*results}), sorted(results, reverse=True))

asyncio.run(main())
