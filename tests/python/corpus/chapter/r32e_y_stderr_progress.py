# progress messages to stderr, results to stdout
import asyncio
import sys

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f'{label}: finished', file=sys.stderr)
    return label.lower()

async def do_something():
    print('starting both', file=sys.stderr)
    for f in asyncio.as_completed([worker('A', 0.2), worker('B', 0.1)]):
        print('result', await f)

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
