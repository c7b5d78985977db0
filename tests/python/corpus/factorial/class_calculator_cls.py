# Factorial exercise: a class with a classmethod constructor, __repr__ and a property.
import asyncio

class FactorialJob:
    count = 0

    def __init__(self, n, delay=0.01):
        self.n = n
        self.delay = delay
        self._result = None
        FactorialJob.count += 1

    @classmethod
    def many(cls, *numbers):
        return [cls(n) for n in numbers]

    @property
    def result(self):
        if self._result is None:
            raise RuntimeError(f'{self!r} has not run')
        return self._result

    def __repr__(self):
        return f'FactorialJob(n={self.n}, done={self._result is not None})'

    async def run(self):
        value = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(self.delay)
            value *= i
        self._result = value
        return self

async def main():
    jobs = FactorialJob.many(4, 6, 2)
    print(jobs, FactorialJob.count)
    try:
        jobs[0].result
    except RuntimeError as e:
        print('error:', e)
    await asyncio.gather(*[job.run() for job in jobs])
    print(jobs)
    print({job.n: job.result for job in jobs})

asyncio.run(main())
