# the gather listing rewritten with a dataclass Worker holding its label and delay
import asyncio
import random
from dataclasses import dataclass, field

@dataclass
class Worker:
    label: str
    delay: float = 0.1
    results: list = field(default_factory=list)

    async def run(self):
        print(f'Worker {self.label} - will take some time')
        await asyncio.sleep(self.delay)
        self.results.append(random.randint(1, 10))
        print(f'Worker {self.label} - Done it')
        return self.results[-1]

async def do_something():
    workers = [Worker('A', 0.2), Worker('B'), Worker('C', 0.3)]
    results = await asyncio.gather(*(w.run() for w in workers))
    print('results from calls:', results)
    print(workers[1])

random.seed(6)
asyncio.run(do_something())
