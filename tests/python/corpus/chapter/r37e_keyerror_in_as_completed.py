# looked up each label's price in a dict; one label isn't there
import asyncio

PRICES = {'A': 3, 'B': 5}

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label, PRICES[label] * 10

async def do_something():
    for fut in asyncio.as_completed([worker('A', 0.1), worker('Z', 0.2), worker('B', 0.05)]):
        label, price = await fut
        print(f'{label}: {price}')

asyncio.run(do_something())
