import asyncio


async def worker(barrier, n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        print("worker 2 failed, aborting barrier")
        await barrier.abort()
        return "aborted"
    try:
        await barrier.wait()
        return "passed"
    except asyncio.BrokenBarrierError:
        return "broken"


async def main():
    barrier = asyncio.Barrier(4)
    results = await asyncio.gather(*(worker(barrier, n) for n in range(4)))
    print(results)
    print("broken:", barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("late wait:", type(e).__name__, e.args)


asyncio.run(main())
