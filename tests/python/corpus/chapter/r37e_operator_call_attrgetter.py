# sorted worker result objects with attrgetter and used operator.call (3.11)
import asyncio
import operator
from types import SimpleNamespace

async def worker(name, delay):
    await asyncio.sleep(delay)
    return SimpleNamespace(name=name, delay=delay, score=len(name) * 7 % 5)

async def main():
    results = await asyncio.gather(*(operator.call(worker, n, d) for n, d in [('ann', 0.02), ('bob', 0.01), ('cy', 0.03)]))
    for r in sorted(results, key=operator.attrgetter('score', 'name')):
        print(r)
    print(list(map(operator.attrgetter('name'), results)))

asyncio.run(main())
