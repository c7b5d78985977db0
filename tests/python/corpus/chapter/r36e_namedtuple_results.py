# workers return a NamedTuple so the results print nicely
import asyncio
import random
from typing import NamedTuple

class Result(NamedTuple):
    label: str
    value: int
    delay: float = 0.0

async def worker(label, delay):
    await asyncio.sleep(delay)
    return Result(label, random.randint(1, 10), delay)

async def do_something():
    random.seed(42)
    results = await asyncio.gather(worker('A', 0.05), worker('B', 0.15), worker('C', 0.1))
    for r in results:
        print(r)
    best = max(results, key=lambda r: r.value)
    print('best:', best.label, best._asdict())
    print('values:', [v for _, v, _ in results], Result._fields)
    print(results[0]._replace(value=0))

asyncio.run(do_something())
