import asyncio

async def member(barrier, name, delay):
    await asyncio.sleep(delay)
    try:
        async with asyncio.timeout(0.05):
            await barrier.wait()
        print(name, "passed")
    except TimeoutError:
        print(name, "timed out; broken =", barrier.broken)
    except asyncio.BrokenBarrierError:
        print(name, "found it broken")

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(member(barrier, "a", 0), member(barrier, "b", 0.01))
    print("state:", barrier.broken, barrier.n_waiting)

asyncio.run(main())
