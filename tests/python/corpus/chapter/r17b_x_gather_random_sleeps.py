# Workers sleep a seeded random time; gather keeps argument order, the finish order differs
import asyncio
import random

finished = []

async def worker(label):
    delay = random.choice([0.1, 0.3, 0.5])
    print(f'Worker {label} - will take {delay}s')
    await asyncio.sleep(delay)
    finished.append(label)
    return f'{label}:{delay}'

async def do_something():
    results = await asyncio.gather(*(worker(c) for c in 'ABCD'))
    print('results from calls:', results)
    print('finish order:', finished)

random.seed(8)
asyncio.run(do_something())
