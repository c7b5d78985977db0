# Barrier.abort() breaks the barrier: waiters get BrokenBarrierError
import asyncio

async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "found the barrier broken")

async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, n)) for n in ("x", "y")]
    await asyncio.sleep(0.05)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    await party(barrier, "late")
    await barrier.reset()
    print("after reset broken:", barrier.broken)

asyncio.run(main())
