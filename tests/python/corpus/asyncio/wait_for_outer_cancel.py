# Cancelling a task that waits in wait_for cancels the inner task too, and the cancel's message goes through.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('inner cancelled', e.args)
        raise

async def outer(t):
    try:
        await asyncio.wait_for(t, timeout=5)
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args)
        raise

async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0.02)
    o.cancel('from main')
    try:
        await o
    except asyncio.CancelledError as e:
        print('main sees', e.args)
    print('inner task cancelled:', t.cancelled(), '| outer:', o.cancelled())

asyncio.run(main())
