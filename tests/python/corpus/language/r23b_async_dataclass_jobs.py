import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto

class State(Enum):
    PENDING = auto()
    DONE = auto()
    FAILED = auto()

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    state: State = field(default=State.PENDING, compare=False)
    result: object = field(default=None, compare=False, repr=False)

async def run(job):
    await asyncio.sleep(0.01 * job.priority)
    if job.name.startswith("bad"):
        job.state = State.FAILED
        raise ValueError(f"{job.name} exploded")
    job.state = State.DONE
    job.result = job.name.upper()
    return job.result

async def main():
    jobs = sorted([Job(3, "gamma"), Job(1, "alpha"), Job(2, "bad-beta")])
    print(jobs)
    results = await asyncio.gather(*(run(j) for j in jobs), return_exceptions=True)
    for job, res in zip(jobs, results):
        print(f"{job.name:10} {job.state.name:7} {res!r}")
    print([j.state for j in jobs])
    print({s.name: sum(j.state is s for j in jobs) for s in State})

asyncio.run(main())
