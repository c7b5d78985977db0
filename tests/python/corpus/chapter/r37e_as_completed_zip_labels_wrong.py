# I zipped the labels with as_completed expecting them to line up - they don't!
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label} slept {delay}'

async def do_something():
    labels = ['A', 'B', 'C', 'D']
    delays = [0.2, 0.05, 0.15, 0.1]
    coros = [worker(l, d) for l, d in zip(labels, delays)]
    for label, fut in zip(labels, asyncio.as_completed(coros)):
        result = await fut
        ok = 'ok' if result.startswith(label) else 'MISMATCH'
        print(f'{label}: {result} [{ok}]')

asyncio.run(do_something())
