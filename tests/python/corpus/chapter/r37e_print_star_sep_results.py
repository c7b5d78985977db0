# printing the gathered results with * and sep instead of the list brackets
import asyncio
import random

random.seed(314)

async def worker(label):
    await asyncio.sleep(0.01)
    return label + str(random.randint(1, 10))

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print(*results)
    print(*results, sep=' | ')
    print(*results, sep=', ', end='.\n')
    print('results from calls:', *results, sep='\n  ')

asyncio.run(do_something())
