# gather cancelled after one child finished: only the unfinished child is cancelled
import asyncio

async def child(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def main():
    a = asyncio.create_task(child(1, 0.01))
    b = asyncio.create_task(child(2, 1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.1)
    print('cancel returned', g.cancel('enough'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather raised', e.args)
    print(a.result(), b.cancelled())

asyncio.run(main())
