# used asyncio.wait instead of gather; the done set has no order so I sort by result
import asyncio
import random

async def worker(label):
    await asyncio.sleep(random.choice([0.05, 0.1, 0.15]))
    return label + str(random.randint(1, 10))

async def do_something():
    random.seed(5)
    tasks = [asyncio.create_task(worker(c)) for c in 'ABCD']
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    print('sorted results:', sorted(t.result() for t in done))
    print('in creation order:', [t.result() for t in tasks])

asyncio.run(do_something())
