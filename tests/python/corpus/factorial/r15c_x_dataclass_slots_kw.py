# a dataclass with slots and keyword-only fields holding each job's factorial
import asyncio
from dataclasses import dataclass, field, asdict

@dataclass(slots=True, kw_only=True)
class Job:
    n: int
    result: int | None = None
    steps: list[int] = field(default_factory=list)

async def run(job: Job) -> Job:
    acc = 1
    for i in range(2, job.n + 1):
        await asyncio.sleep(0.01)
        acc *= i
        job.steps.append(acc)
    job.result = acc
    return job

async def main():
    jobs = [Job(n=n) for n in (3, 5)]
    for job in await asyncio.gather(*map(run, jobs)):
        print(job, asdict(job)["result"])
    try:
        Job(4)
    except TypeError as e:
        print("TypeError:", e)
    try:
        jobs[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)

asyncio.run(main())
