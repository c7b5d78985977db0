# Cancelling a gather cancels its unfinished children; the gather and the awaiting task see CancelledError.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    tasks = [asyncio.create_task(child('short', 0.01)), asyncio.create_task(child('long', 1)), asyncio.create_task(child('longer', 2))]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.05)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('await gather: CancelledError')
    print('gather cancelled:', g.cancelled(), '| children:', [t.cancelled() for t in tasks])
    print('cancel again:', g.cancel())
    print('short result:', tasks[0].result())

asyncio.run(main())
