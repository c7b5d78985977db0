# workers that depend on each other, run in waves using graphlib.TopologicalSorter
import asyncio
from graphlib import TopologicalSorter

deps = {'deploy': {'test', 'build'}, 'test': {'build'}, 'build': {'fetch'}, 'docs': {'fetch'}}

async def step(name):
    await asyncio.sleep(0.01)
    return name

async def main():
    ts = TopologicalSorter(deps)
    ts.prepare()
    wave = 0
    while ts.is_active():
        ready = sorted(ts.get_ready())
        wave += 1
        done = await asyncio.gather(*map(step, ready))
        print(f'wave {wave}:', done)
        ts.done(*done)

asyncio.run(main())
