import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


@dataclass
class Job:
    id: int
    payload: str
    status: Status = Status.PENDING
    log: list[str] = field(default_factory=list)

    async def run(self):
        self.status = Status.RUNNING
        self.log.append("started")
        await asyncio.sleep(0)
        if not self.payload:
            self.status = Status.FAILED
            self.log.append("empty payload")
            return
        self.status = Status.DONE
        self.log.append(f"processed {self.payload!r}")


async def main():
    jobs = [Job(1, "alpha"), Job(2, ""), Job(3, "gamma")]
    await asyncio.gather(*(j.run() for j in jobs))
    for j in jobs:
        print(j)
    print({s.name: sum(j.status is s for j in jobs) for s in Status})


asyncio.run(main())
