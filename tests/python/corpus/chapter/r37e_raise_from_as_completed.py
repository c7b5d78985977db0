# worker wraps a low-level error with raise ... from, uncaught through as_completed
import asyncio

class FetchError(Exception):
    pass

async def fetch(label):
    await asyncio.sleep(0.05 if label == 'A' else 0.2)
    try:
        return {'A': 1}[label]
    except KeyError as e:
        raise FetchError(f'could not fetch {label}') from e

async def do_something():
    for fut in asyncio.as_completed([fetch('A'), fetch('B')]):
        print('result:', await fut)

asyncio.run(do_something())
