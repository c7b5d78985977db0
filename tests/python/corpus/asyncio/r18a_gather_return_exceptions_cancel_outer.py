# gather(return_exceptions=True): cancelling the outer future cancels children
import asyncio

async def child(i):
    try:
        await asyncio.sleep(i)
        return i
    except asyncio.CancelledError:
        print('child', i, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child(0), child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0.1)
    print('gather done?', g.done())
    print('cancel:', g.cancel())
    try:
        r = await g
        print('gather returned', r)
    except asyncio.CancelledError:
        print('gather raised CancelledError')
    print('g.cancelled():', g.cancelled())
    # a child cancelled on its own shows up as a result
    t = asyncio.create_task(child(5))
    g2 = asyncio.gather(t, child(0.05), return_exceptions=True)
    await asyncio.sleep(0.01)
    t.cancel('solo')
    r = await g2
    print([type(x).__name__ for x in r], r[0].args)

asyncio.run(main())
