# A Barrier aborted while two tasks wait: both get BrokenBarrierError, later waits fail too
import asyncio


async def waiter(barrier, name):
    try:
        pos = await barrier.wait()
        print(name, "passed at", pos)
    except asyncio.BrokenBarrierError:
        print(name, "saw a broken barrier")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(barrier, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting, "parties:", barrier.parties, "broken:", barrier.broken)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    await waiter(barrier, "late")
    await barrier.reset()
    print("after reset broken:", barrier.broken)


asyncio.run(main())
