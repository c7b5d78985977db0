# workers report a status enum and a dataclass; a Counter tallies them
import asyncio
import random
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum, auto

random.seed(17)

class Status(Enum):
    OK = auto()
    SLOW = auto()
    FAILED = auto()

@dataclass(order=True)
class Report:
    score: int
    name: str = field(compare=False)
    status: Status = field(default=Status.OK, compare=False)

async def worker(name):
    await asyncio.sleep(0.01)
    score = random.randint(0, 10)
    status = Status.FAILED if score < 3 else Status.SLOW if score < 6 else Status.OK
    return Report(score, name, status)

async def main():
    reports = await asyncio.gather(*(worker(f'w{i}') for i in range(8)))
    for r in sorted(reports, reverse=True):
        print(r)
    tally = Counter(r.status.name for r in reports)
    print(tally.most_common())
    print(max(reports), min(reports).status)

asyncio.run(main())
