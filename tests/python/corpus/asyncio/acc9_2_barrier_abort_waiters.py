# Barrier.abort() while parties wait: they get BrokenBarrierError; reset() makes it usable again.
import asyncio

async def party(b, name):
    try:
        await b.wait()
        print(name, 'passed')
    except asyncio.BrokenBarrierError:
        print(name, 'BrokenBarrierError; broken =', b.broken)

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in 'ab']
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('wait on a broken barrier:', type(e).__name__, e.args)
    await b.reset()
    print('after reset: broken =', b.broken, 'n_waiting =', b.n_waiting)
    ts = [asyncio.create_task(party(b, n)) for n in 'xyz']
    await asyncio.gather(*ts)

asyncio.run(main())
