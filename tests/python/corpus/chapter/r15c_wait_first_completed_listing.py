# 34.6.2's labelled workers with asyncio.wait(FIRST_COMPLETED), cancelling the rest
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'Worker {label} - cancelled')
        raise
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.3), ('B', 0.1), ('C', 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first done:', [t.result() for t in done], 'pending:', len(pending))
    for t in tasks:  # in the listing's order (pending is a set: CPython's order is by address)
        if t in pending:
            t.cancel()
    await asyncio.wait(pending)
    print('all cancelled:', all(t.cancelled() for t in pending))

asyncio.run(do_something())
