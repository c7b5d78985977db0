# cancelling a task that awaits another task cancels the inner one too
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('inner cancelled')
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled')
        raise

async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.01)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print('inner:', i.cancelled(), 'outer:', o.cancelled())

asyncio.run(main())
