import asyncio

async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrived")
    idx = await barrier.wait()
    print(name, "passed with index", idx)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(party(barrier, "a", 0.01), party(barrier, "b", 0.03), party(barrier, "c", 0.02))
    print("n_waiting:", barrier.n_waiting)
    print(repr(barrier)[repr(barrier).index("["):])

asyncio.run(main())
