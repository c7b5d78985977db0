# shield(): the awaiting task is cancelled, the shielded task finishes and its result is read later.
import asyncio

async def compute():
    await asyncio.sleep(0.3)
    print('compute finished')
    return 42

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError as e:
        print('caller cancelled', e.args, '; inner done:', inner.done())
        raise

async def main():
    inner = asyncio.create_task(compute())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel('go away')
    await asyncio.sleep(0)
    print('caller cancelled:', c.cancelled(), 'inner cancelled:', inner.cancelled())
    print('inner result:', await inner)

asyncio.run(main())
