# Factorial exercise: dataclass jobs (a field defaulting to None) with an async run() method.
import asyncio
from dataclasses import dataclass
@dataclass
class Job:
    n: int
    result: int = None
    async def run(self):
        r = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0)
            r *= i
        self.result = r
async def main():
    jobs = [Job(n) for n in [5, 3]]
    print(jobs)
    await asyncio.gather(*(j.run() for j in jobs))
    print(jobs)
asyncio.run(main())
