import asyncio
from dataclasses import dataclass, field, asdict

@dataclass(frozen=True)
class Stats:
    label: str
    values: tuple = field(default=())

    @property
    def mean(self):
        return sum(self.values) / len(self.values)

async def measure(label, n):
    values = []
    for i in range(n):
        await asyncio.sleep(0.005)
        values.append((i * 7) % 5)
    return Stats(label, tuple(values))

async def do_something():
    stats = await asyncio.gather(measure('A', 4), measure('B', 6))
    for s in stats:
        print(s, f'mean={s.mean:.3f}')
    print(asdict(stats[0]))
    stats[0].label = 'Z'

asyncio.run(do_something())
