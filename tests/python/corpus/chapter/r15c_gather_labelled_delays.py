# 34.6.1 where each worker has a label and its own delay; gather keeps call order
import asyncio
import random

async def worker(label, delay):
    print(f'Worker {label} - will take {delay} s')
    await asyncio.sleep(delay)
    result = random.randint(1, 10)
    print(f'Worker {label} - Done it')
    return label + str(result)

async def do_something():
    results = await asyncio.gather(worker('A', 0.3), worker('B', 0.1), worker('C', 0.2))
    print('results from calls:', results)

random.seed(3)
print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
