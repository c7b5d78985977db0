import asyncio


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    try:
        idx = await asyncio.wait_for(barrier.wait(), timeout=0.2)
        return f"{name} passed as {idx}"
    except TimeoutError:
        return f"{name} timed out"
    except asyncio.BrokenBarrierError:
        return f"{name} found the barrier broken"


async def main():
    barrier = asyncio.Barrier(3)
    results = await asyncio.gather(party(barrier, "a", 0), party(barrier, "b", 0.1), party(barrier, "late", 0.5))
    for r in results:
        print(r)
    print("broken:", barrier.broken, "waiting:", barrier.n_waiting)


asyncio.run(main())
