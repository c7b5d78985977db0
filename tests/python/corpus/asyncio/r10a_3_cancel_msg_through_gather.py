import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('child', n, 'got', e.args)
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    g.cancel('shutting down')
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather raised', e.args)
    t = asyncio.create_task(child(3))
    await asyncio.sleep(0)
    t.cancel('bye')
    try:
        await t
    except asyncio.CancelledError as e:
        print('task raised', e.args)

asyncio.run(main())
