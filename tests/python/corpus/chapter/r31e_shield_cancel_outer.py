# shield the worker, cancel the waiting side, the worker still finishes
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    print('worker - Done it anyway')
    return 42

async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print('waiter cancelled; inner done?', t.done())
        raise

async def main():
    t = asyncio.create_task(worker())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.02)
    w.cancel()
    r = await asyncio.gather(w, return_exceptions=True)
    print('waiter gave', type(r[0]).__name__)
    print('worker gave', await t)

asyncio.run(main())
