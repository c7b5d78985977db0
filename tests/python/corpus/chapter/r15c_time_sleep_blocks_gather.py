# the learner leaves time.sleep in the gathered worker: the workers run in turn
import asyncio
import time

async def worker(label):
    print(f'Worker {label} - will take some time')
    time.sleep(0.1)
    print(f'Worker {label} - Done it')
    return label

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print('results from calls:', results)
    print('took at least 0.3 s:', time.perf_counter() - start >= 0.3)

asyncio.run(do_something())
