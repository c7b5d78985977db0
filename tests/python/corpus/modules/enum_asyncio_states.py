# A learner's asyncio program: workers whose states are an Enum, kept in a dict and matched on
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto

class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

@dataclass
class Job:
    name: str
    delay: float
    state: State = State.PENDING
    history: list = field(default_factory=list)

    def move(self, state):
        self.history.append(state.name)
        self.state = state

async def work(job):
    job.move(State.RUNNING)
    await asyncio.sleep(job.delay)
    if job.delay > 0.25:
        job.move(State.FAILED)
        raise TimeoutError(f"{job.name} took too long")
    job.move(State.DONE)
    return job.name

def report(job):
    match job.state:
        case State.DONE:
            return f"{job.name}: finished"
        case State.FAILED:
            return f"{job.name}: failed after {job.history}"
        case _:
            return f"{job.name}: still {job.state.name.lower()}"

async def main():
    jobs = [Job("fetch", 0.1), Job("parse", 0.2), Job("upload", 0.3), Job("notify", 0.05)]
    print(jobs[0])
    tasks = [asyncio.create_task(work(j)) for j in jobs]
    await asyncio.sleep(0.15)
    counts = {s: sum(j.state is s for j in jobs) for s in State}
    print({s.name: n for s, n in counts.items()})
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)
    for j in jobs:
        print(report(j))
    print(f"{State.DONE} / {State.DONE!r} / {State.DONE.value}", State(2), State["FAILED"] in State)

asyncio.run(main())
