import asyncio

async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives")
    idx = await barrier.wait()
    print(name, "passes with index", idx)
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    idxs = await asyncio.gather(
        runner(barrier, "A", 0.03), runner(barrier, "B", 0.01), runner(barrier, "C", 0.02)
    )
    print(sorted(idxs))
    print("n_waiting after:", barrier.n_waiting)

asyncio.run(main())
