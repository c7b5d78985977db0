# Cancelling a gather of shielded children: the gather is cancelled, the children go on (test_gather_shield).
import asyncio

async def child(n):
    await asyncio.sleep(0.02 * n)
    print('child', n, 'done')
    return n

async def main():
    c1 = asyncio.create_task(child(1))
    c2 = asyncio.create_task(child(2))
    g = asyncio.gather(asyncio.shield(c1), asyncio.shield(c2))
    await asyncio.sleep(0)
    print('cancel gather:', g.cancel('enough'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)
    print(await c1, await c2)

asyncio.run(main())
