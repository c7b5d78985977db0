# Gather listing where workers return dataclass instances, sorted afterwards
import asyncio
import random
from dataclasses import dataclass

@dataclass
class Result:
    worker: str
    value: int

async def worker(name):
    print(f'Worker {name} - will take some time')
    await asyncio.sleep(0.1)
    value = random.randint(1, 10)
    print(f'Worker {name} - Done it')
    return Result(name, value)

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in 'XYZ'))
    print(results)
    for r in sorted(results, key=lambda r: (-r.value, r.worker)):
        print(f'{r.worker}: {r.value:>3}')

random.seed(7)
asyncio.run(do_something())
