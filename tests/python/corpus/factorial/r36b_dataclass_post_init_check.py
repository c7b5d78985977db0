# A dataclass job whose __post_init__ refuses bad numbers before any task starts.
import asyncio
from dataclasses import dataclass, field, astuple, replace


@dataclass
class FactJob:
    n: int
    result: int = field(default=None, repr=False)
    steps: list = field(default_factory=list)

    def __post_init__(self):
        if not isinstance(self.n, int) or self.n < 0:
            raise ValueError(f"FactJob needs a non-negative int, not {self.n!r}")

    async def run(self):
        acc = 1
        for i in range(1, self.n + 1):
            acc *= i
            self.steps.append(acc)
            await asyncio.sleep(0.01)
        self.result = acc
        return self


async def main():
    jobs = [FactJob(4), FactJob(0), FactJob(6)]
    for job in await asyncio.gather(*(j.run() for j in jobs)):
        print(job, "->", job.result, astuple(job)[0])
    print(replace(jobs[0], n=2))
    FactJob(-1)


asyncio.run(main())
