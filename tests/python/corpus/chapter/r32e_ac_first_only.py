# take only the first result from as_completed and break out
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
        return label
    finally:
        print('worker', label, 'cleaning up')

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.3), ('B', 0.1), ('C', 0.2))]
    for fut in asyncio.as_completed(tasks):
        winner = await fut
        break
    print('winner:', winner)
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)
    print('states:', [('cancelled' if t.cancelled() else 'done') for t in tasks])

asyncio.run(do_something())
