# A task awaiting gather() is cancelled twice: the children see the first message, the task too
import asyncio

async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('child', n, e.args)
        raise

async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError as e:
        print('parent', e.args)
        raise

async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    t.cancel('first')
    t.cancel('second')
    await asyncio.gather(t, return_exceptions=True)
    print('cancelled', t.cancelled(), t.cancelling())

asyncio.run(main())
