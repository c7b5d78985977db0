# abort() breaks a Barrier: waiters and later callers get BrokenBarrierError
import asyncio

async def party(n, barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print('party', n, 'broken')

async def main():
    barrier = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, barrier)) for n in range(2)]
    await asyncio.sleep(0.01)
    await barrier.abort()
    await asyncio.gather(*ts)
    print('broken:', barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e.args)
    await barrier.reset()
    print('after reset:', barrier.broken)

asyncio.run(main())
