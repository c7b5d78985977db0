# A frozen dataclass job that validates n in __post_init__ and stores the digit count with object.__setattr__.
import asyncio
import math
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True, slots=True)
class Job:
    n: int
    digits: int = field(init=False, default=0)

    def __post_init__(self):
        if self.n < 0:
            raise ValueError(f"Job({self.n}): n must be >= 0")
        object.__setattr__(self, "digits", len(str(math.factorial(self.n))))

    async def run(self):
        await asyncio.sleep(0.01)
        return math.factorial(self.n)


async def main():
    jobs = [Job(n) for n in (5, 20, 50)]
    print(jobs)
    print(await asyncio.gather(*(j.run() for j in jobs[:2])))
    try:
        jobs[0].n = 6
    except FrozenInstanceError as e:
        print("frozen:", e)
    print(hash(jobs[0]) == hash(Job(5)), Job(5) == jobs[0])
    Job(-1)


asyncio.run(main())
