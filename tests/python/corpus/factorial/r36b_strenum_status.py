# StrEnum (3.11) job statuses with auto(); the statuses print as plain strings.
import asyncio
from enum import StrEnum, auto


class Status(StrEnum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


jobs = {}


async def factorial(n):
    jobs[n] = Status.RUNNING
    await asyncio.sleep(0.01)
    if n < 0:
        jobs[n] = Status.FAILED
        raise ValueError(n)
    r = 1
    for i in range(2, n + 1):
        r *= i
    jobs[n] = Status.DONE
    return r


async def main():
    for n in (4, -1, 6):
        jobs[n] = Status.PENDING
    print(jobs)
    await asyncio.gather(*(factorial(n) for n in jobs), return_exceptions=True)
    for n, s in jobs.items():
        print(f"{n:>3}: {s} {s!r} {s.upper()} {s == 'done'}")
    print(list(Status), Status("failed"), Status["DONE"])


asyncio.run(main())
