# cached_property that returns a coroutine: the second await of the cached coroutine fails.
import asyncio
from functools import cached_property


class Job:
    def __init__(self, n):
        self.n = n

    @cached_property
    def result(self):
        return self._compute()

    async def _compute(self):
        r = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.005)
            r *= i
        return r


async def main():
    job = Job(6)
    print("first:", await job.result)
    print("cached in __dict__:", "result" in vars(job))
    print("second:", await job.result)


asyncio.run(main())
