# worker converts a KeyError into a RuntimeError with 'from'; gather doesn't catch it
import asyncio

prices = {'apple': 3, 'pear': 4}

async def worker(item):
    await asyncio.sleep(0.01)
    try:
        return prices[item]
    except KeyError as e:
        raise RuntimeError(f'no price for {item!r}') from e

async def do_something():
    results = await asyncio.gather(worker('apple'), worker('kiwi'))
    print(results)

asyncio.run(do_something())
