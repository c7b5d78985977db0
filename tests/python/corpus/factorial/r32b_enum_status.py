# Each job has an Enum status that changes as the factorial runs.
import asyncio
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


class Job:
    def __init__(self, n):
        self.n, self.status, self.value = n, Status.PENDING, None

    async def run(self):
        self.status = Status.RUNNING
        try:
            if self.n < 0:
                raise ValueError(self.n)
            v = 1
            for i in range(2, self.n + 1):
                await asyncio.sleep(0.01)
                v *= i
            self.value, self.status = v, Status.DONE
        except ValueError:
            self.status = Status.FAILED

    def __str__(self):
        return f"Job({self.n}) {self.status.name:<7} {self.value}"


async def main():
    jobs = [Job(n) for n in (4, -1, 7)]
    print(*(j.status for j in jobs))
    await asyncio.gather(*(j.run() for j in jobs))
    for j in jobs:
        print(j)
    print(Status.DONE, repr(Status.FAILED), list(Status)[0].value)


asyncio.run(main())
