# 34.6.2 stopping at the first result and cancelling the remaining tasks
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        print(f'{label} cancelled')
        raise

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.3), ('B', 0.1), ('C', 0.2))]
    for fut in asyncio.as_completed(tasks):
        print('first:', await fut)
        break
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print([t.cancelled() for t in tasks])

asyncio.run(do_something())
