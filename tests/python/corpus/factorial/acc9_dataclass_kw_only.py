# Dataclasses with KW_ONLY, kw_only=True and inheritance of fields.
import asyncio
from dataclasses import dataclass, KW_ONLY, field

@dataclass
class Job:
    n: int
    _: KW_ONLY
    delay: float = 0.01
    verbose: bool = False

@dataclass(kw_only=True)
class NamedJob(Job):
    name: str = "job"
    tags: list = field(default_factory=list)

async def run(job):
    r = 1
    for i in range(1, job.n + 1):
        await asyncio.sleep(job.delay)
        r *= i
        if job.verbose:
            print(f"  {getattr(job, 'name', '?')}: {i} -> {r}")
    return r

async def main():
    a = Job(3, verbose=True)
    b = NamedJob(4, name="four", tags=["x"])
    print(a)
    print(b)
    try:
        Job(3, 0.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        NamedJob(2, "two")
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(run(a), run(b)))

asyncio.run(main())
