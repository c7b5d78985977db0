# test_locks: abort() breaks the Barrier: waiters and later callers get BrokenBarrierError; reset() repairs
import asyncio

async def party(b, name):
    try:
        await b.wait()
        print(name, 'passed')
    except asyncio.BrokenBarrierError:
        print(name, 'broken')

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in 'ab']
    await asyncio.sleep(0)
    print('waiting', b.n_waiting)
    await b.abort()
    await asyncio.gather(*ts)
    print('broken?', b.broken)
    await party(b, 'late')
    await b.reset()
    print('after reset', b.broken, b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
