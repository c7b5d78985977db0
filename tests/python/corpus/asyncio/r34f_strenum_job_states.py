# Job states as a 3.11 StrEnum, updated by worker tasks and summarised with Counter.
import asyncio
from collections import Counter
from enum import StrEnum, auto

class State(StrEnum):
    QUEUED = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

jobs = {f"job{i}": State.QUEUED for i in range(6)}

async def run(name, i):
    jobs[name] = State.RUNNING
    await asyncio.sleep(0.01 * (i % 3))
    jobs[name] = State.FAILED if i % 4 == 3 else State.DONE

async def main():
    print(list(State), State.DONE == "done", f"{State.FAILED}")
    tasks = [asyncio.create_task(run(n, i)) for i, n in enumerate(jobs)]
    await asyncio.sleep(0)
    print(Counter(jobs.values()))
    await asyncio.gather(*tasks)
    counts = Counter(jobs.values())
    print(sorted(counts.items()))
    print(", ".join(f"{k}={v}" for k, v in jobs.items()))
    print(State("running") is State.RUNNING, State.DONE.upper())

asyncio.run(main())
