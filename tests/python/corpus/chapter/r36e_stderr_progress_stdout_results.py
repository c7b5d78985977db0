# progress messages go to stderr and results to stdout, as a command-line tool would
import asyncio
import sys

async def worker(label, delay):
    print(f'[{label}] started', file=sys.stderr)
    await asyncio.sleep(delay)
    print(f'[{label}] finished', file=sys.stderr)
    return f'{label}={int(delay * 100)}'

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.3), ('B', 0.1), ('C', 0.2))]
    for coro in asyncio.as_completed(tasks):
        print(await coro)

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
