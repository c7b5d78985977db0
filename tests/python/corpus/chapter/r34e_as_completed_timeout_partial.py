# as_completed with a timeout: I catch the TimeoutError and report what I got so far
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    got = []
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.05), ('B', 0.5), ('C', 0.1))]
    try:
        for f in asyncio.as_completed(tasks, timeout=0.3):
            got.append(await f)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__, repr(e))
    print('got', got)
    print('states', [('done' if t.done() else 'pending') for t in tasks])
    for t in tasks:
        t.cancel()

asyncio.run(do_something())
