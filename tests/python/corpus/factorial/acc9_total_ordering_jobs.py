# functools.total_ordering fills in the comparisons of a job ordered by n.
import asyncio
from functools import total_ordering

@total_ordering
class Job:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Job) and self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Job):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return f"Job({self.n})"

    async def __call__(self):
        r = 1
        for i in range(1, self.n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r

async def main():
    jobs = [Job(n) for n in (6, 2, 4, 2)]
    print(sorted(jobs), max(jobs), Job(3) >= Job(3), Job(3) > Job(4), Job(5) <= Job(1))
    print(Job.__hash__)
    results = dict(zip(map(repr, sorted(jobs)), await asyncio.gather(*[j() for j in sorted(jobs)])))
    print(results)
    try:
        Job(1) < 3
    except TypeError as e:
        print(e)
    print([name for name in ("__le__", "__gt__", "__ge__") if name in vars(Job)])

asyncio.run(main())
