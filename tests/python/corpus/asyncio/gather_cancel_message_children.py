# gather(...).cancel(msg): each child still running is cancelled with the message, and gather's own CancelledError carries it (with return_exceptions too); a child already done keeps its result
import asyncio

async def child(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError as e:
        print('child', n, 'cancelled with', e.args)
        raise

async def main():
    g = asyncio.gather(child(1, 0.1), child(2, 1), child(3, 1))
    await asyncio.sleep(0.2)
    print('cancel:', g.cancel('stop all'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather raised', e.args, g.cancelled())
    g2 = asyncio.gather(child(4, 1), child(5, 1), return_exceptions=True)
    await asyncio.sleep(0.1)
    g2.cancel(msg='again')
    try:
        print(await g2)
    except asyncio.CancelledError as e:
        print('gather 2 raised', e.args)
    g3 = asyncio.gather(child(6, 1))
    await asyncio.sleep(0.1)
    g3.cancel()
    try:
        await g3
    except asyncio.CancelledError as e:
        print('gather 3 raised', e.args)
    print('cancel done gather:', g.cancel('late'))

asyncio.run(main())
