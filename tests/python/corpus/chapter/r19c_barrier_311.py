# Python 3.11's asyncio.Barrier: runners wait for each other at a checkpoint
import asyncio

async def runner(name, delay, barrier):
    await asyncio.sleep(delay)
    print(f"{name} reached the barrier ({barrier.n_waiting} already waiting)")
    pos = await barrier.wait()
    print(f"{name} passed, position {pos}")

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.broken)
    await asyncio.gather(*(runner(n, d, barrier) for n, d in [("ann", 0.3), ("bob", 0.1), ("cy", 0.2)]))
    print("after:", barrier.n_waiting, barrier.broken)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError, broken =", b2.broken)
    await b2.reset()
    print("reset, broken =", b2.broken)

asyncio.run(main())
