# Barrier.reset() while a party is waiting: the waiter gets BrokenBarrierError
import asyncio

async def party(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "got BrokenBarrierError")

async def main():
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(party("early", barrier))
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    await t
    print("broken after reset:", barrier.broken, "waiting:", barrier.n_waiting)
    await asyncio.gather(party("x", barrier), party("y", barrier))
    print(repr(barrier).split(" at ")[0], repr(barrier).split()[-1])

asyncio.run(main())
