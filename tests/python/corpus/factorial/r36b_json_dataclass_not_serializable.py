# Trying to json.dumps a list of dataclass results; then fixing it with asdict.
import asyncio
import json
from dataclasses import dataclass, asdict


@dataclass
class Fact:
    n: int
    value: int


async def compute(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    return Fact(n, v)


async def main():
    facts = await asyncio.gather(*(compute(n) for n in (3, 5, 20)))
    print(json.dumps([asdict(f) for f in facts]))
    print(json.dumps({f.n: f.value for f in facts}, indent=2))
    print(json.dumps(facts))


asyncio.run(main())
