# Results in a slots=True dataclass with a default, a default_factory and a field left out of __init__.
import asyncio
import math
from dataclasses import dataclass, field


@dataclass(slots=True)
class Record:
    n: int
    value: int = 0
    history: list = field(default_factory=list)
    status: str = field(init=False, default="new")


async def compute(rec):
    rec.status = "running"
    for i in range(1, rec.n + 1):
        await asyncio.sleep(0.005)
        rec.history.append(i)
    rec.value = math.factorial(rec.n)
    rec.status = "done"
    return rec


async def main():
    records = [Record(4), Record(6, 1)]
    print(records[0].status, Record.__slots__)
    for r in await asyncio.gather(*map(compute, records)):
        print(r)
    try:
        records[0].extra = True
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
