# returning dataclasses from the workers and sorting them by value then label
import asyncio
import random
from dataclasses import dataclass, field

random.seed(14)

@dataclass(order=True)
class Result:
    value: int
    label: str = field(compare=True)
    extra: list = field(default_factory=list, compare=False, repr=False)

async def worker(label):
    await asyncio.sleep(0.01)
    return Result(random.randint(1, 5), label)

async def main():
    results = await asyncio.gather(*(worker(c) for c in 'ABCDE'))
    for r in sorted(results, reverse=True):
        print(r)
    print(max(results), min(results).label)

asyncio.run(main())
