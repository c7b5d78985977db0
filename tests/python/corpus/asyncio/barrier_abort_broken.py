# Barrier: parties, n_waiting, the index each waiter gets, abort() and BrokenBarrierError afterwards.
import asyncio

async def runner(barrier, name):
    print(name, 'arrives')
    idx = await barrier.wait()
    print(name, 'passes with index', idx)

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(runner(b, n) for n in ['x', 'y', 'z']))
    print(b.n_waiting, b.broken)
    await b.abort()
    print('broken', b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', repr(e))

asyncio.run(main())
