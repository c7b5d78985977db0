# Barrier of 3 factorial workers; one input is bad so it aborts the barrier for everyone.
import asyncio


async def worker(barrier, n):
    try:
        if n < 0:
            await barrier.abort()
            return f"{n}: aborted"
        r = 1
        for i in range(2, n + 1):
            r *= i
        await barrier.wait()
        return f"{n}: {r}"
    except asyncio.BrokenBarrierError:
        return f"{n}: broken barrier"


async def main():
    b = asyncio.Barrier(3)
    print(await asyncio.gather(worker(b, 4), worker(b, 5), worker(b, -1)))
    print("broken:", b.broken, "parties:", b.parties, "waiting:", b.n_waiting)
    await b.reset()
    print("after reset:", b.broken)


asyncio.run(main())
