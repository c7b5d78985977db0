# A task that swallows CancelledError finishes normally: not cancelled, result returned
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('swallowed')
    await asyncio.sleep(0.1)
    return 'finished anyway'

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    r = await t
    print(r, t.cancelled(), t.cancelling())
    print('elapsed', tenths(loop.time() - t0))
    print('uncancel ->', t.uncancel())

asyncio.run(main())
