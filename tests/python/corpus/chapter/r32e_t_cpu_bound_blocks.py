# a CPU-heavy worker blocks the others: a ticker can't tick while it runs
import asyncio

ticks = []

async def ticker():
    for i in range(3):
        ticks.append(i)
        await asyncio.sleep(0)

async def cpu_worker():
    total = 0
    for i in range(200_000):
        total += i % 7
    ticks.append('cpu done')
    return total

async def do_something():
    results = await asyncio.gather(cpu_worker(), ticker())
    print('results:', results)
    print('ticks:', ticks)

asyncio.run(do_something())
