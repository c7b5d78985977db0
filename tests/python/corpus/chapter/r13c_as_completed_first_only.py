import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in [('slow', 0.3), ('fast', 0.02), ('mid', 0.1)]]
    for fut in asyncio.as_completed(tasks):
        winner = await fut
        print('first finished:', winner)
        break
    for t in tasks:
        print(t.get_name(), 'done' if t.done() else 'still running')
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])

asyncio.run(do_something())
