# Each job tracks its status with an Enum while the factorials run.
import asyncio
from enum import Enum, auto


class Status(Enum):
    WAITING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


class Job:
    def __init__(self, n):
        self.n, self.status, self.result = n, Status.WAITING, None

    async def run(self):
        self.status = Status.RUNNING
        try:
            if self.n < 0:
                raise ValueError("negative")
            r = 1
            for i in range(2, self.n + 1):
                await asyncio.sleep(0.01)
                r *= i
            self.result, self.status = r, Status.DONE
        except ValueError:
            self.status = Status.FAILED


async def main():
    jobs = [Job(n) for n in (4, -1, 6)]
    tasks = [asyncio.create_task(j.run()) for j in jobs]
    await asyncio.sleep(0)
    print([j.status.name for j in jobs])
    await asyncio.gather(*tasks)
    for j in jobs:
        print(j.n, j.status, j.status.value, j.result)
    print(Status["DONE"] is Status.DONE, Status(3), list(Status)[-1])


asyncio.run(main())
