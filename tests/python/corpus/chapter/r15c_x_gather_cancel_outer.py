# cancelling the gather cancels each worker; return_exceptions does not stop it
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        print(f'Worker {label} cancelled')
        raise

async def do_something():
    g = asyncio.gather(worker('A', 0.1), worker('B', 0.5), worker('C', 0.6), return_exceptions=True)
    await asyncio.sleep(0.25)
    print('gather done?', g.done())
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())

asyncio.run(do_something())
