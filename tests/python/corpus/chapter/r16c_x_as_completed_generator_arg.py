# 34.6.2 given a generator expression: 3.11 takes a generator for a coroutine and refuses it
import asyncio

async def worker(label, delay):
    print(f'Worker {label} - will take some time')
    await asyncio.sleep(delay)
    return label

async def do_something():
    delays = {'A': 0.3, 'B': 0.1, 'C': 0.2}
    for f in asyncio.as_completed(worker(l, d) for l, d in delays.items()):
        print('do_something - result:', await f)
    tasks = {asyncio.create_task(worker(l + l, d)) for l, d in delays.items()}
    print([await f for f in asyncio.as_completed(tasks)])

asyncio.run(do_something())
