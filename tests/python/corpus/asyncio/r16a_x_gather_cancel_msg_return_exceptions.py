# gather(return_exceptions=True) cancelled with a message: children see it, the gather raises it
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('child', n, e.args)
        raise

async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0.1)
    g.cancel('stop all')
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print('gather raised', e.args, g.cancelled())

asyncio.run(main())
