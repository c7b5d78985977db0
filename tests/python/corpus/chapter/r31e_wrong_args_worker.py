# worker wants a label but I left the calls empty like the first gather listing
import asyncio
import random

random.seed(1)

async def worker(label):
    await asyncio.sleep(0.01)
    return label + str(random.randint(1, 10))

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker('A'), worker(), worker('C'))
    print(results)

asyncio.run(do_something())
