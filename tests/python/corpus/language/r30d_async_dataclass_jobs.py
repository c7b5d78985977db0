# Async jobs described by an ordered dataclass, run with gather and reported with a Counter
import asyncio
from collections import Counter
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    delay: float = field(default=0.01, compare=False)


async def run(job):
    await asyncio.sleep(job.delay)
    status = "fail" if "x" in job.name else "ok"
    return job.name, status


async def main():
    jobs = sorted([Job(2, "build", 0.02), Job(1, "lint"), Job(3, "xtest", 0.03), Job(1, "fmt")])
    print([j.name for j in jobs])
    results = await asyncio.gather(*(run(j) for j in jobs))
    for name, status in results:
        print(f"{name:<6}{status:>5}")
    print(Counter(s for _, s in results))


asyncio.run(main())
