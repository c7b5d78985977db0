import asyncio
import random
from dataclasses import dataclass

@dataclass
class Result:
    label: str
    value: int
    attempts: int = 1

async def worker(label):
    await asyncio.sleep(0.05)
    return Result(label, random.randint(1, 10))

async def do_something():
    random.seed(7)
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    for r in results:
        print(r)
    best = max(results, key=lambda r: r.value)
    print('best:', best.label, best.value)
    print(results[0] == Result('A', results[0].value))

asyncio.run(do_something())
