# the worker converts a KeyError into its own error with raise from
import asyncio

class WorkerError(Exception):
    pass

PRICES = {'apple': 3, 'pear': 4}

async def worker(item):
    await asyncio.sleep(0.01)
    try:
        return PRICES[item]
    except KeyError as e:
        raise WorkerError(f'no price for {item!r}') from e

async def do_something():
    results = await asyncio.gather(worker('apple'), worker('kiwi'))
    print('results:', results)

asyncio.run(do_something())
