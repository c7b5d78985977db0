# Dataclass where a field with a default comes before one without.
import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    delay: float = 0.01
    n: int


async def run(job):
    r = 1
    for i in range(2, job.n + 1):
        await asyncio.sleep(job.delay)
        r *= i
    return r


async def main():
    print(await run(Job(n=5)))


asyncio.run(main())
