# A message travels down a chain: task -> task -> gather -> children, and back up to each awaiter
import asyncio

async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('child', n, e.args)
        raise

async def middle():
    try:
        return await asyncio.gather(child(1), child(2), return_exceptions=False)
    except asyncio.CancelledError as e:
        print('middle', e.args)
        raise

async def top():
    try:
        await asyncio.create_task(middle())
    except asyncio.CancelledError as e:
        print('top', e.args)
        raise

async def main():
    t = asyncio.create_task(top())
    await asyncio.sleep(0.1)
    t.cancel('all the way down')
    r = await asyncio.gather(t, return_exceptions=True)
    print('main', type(r[0]).__name__, t.cancelled())

asyncio.run(main())
