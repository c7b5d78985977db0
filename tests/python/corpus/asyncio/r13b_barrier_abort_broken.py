import asyncio

async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "saw a broken barrier")

async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(barrier, n)) for n in "AB"]
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)
    await barrier.reset()
    print("after reset broken:", barrier.broken)
    async with asyncio.timeout(1):
        await asyncio.gather(*(party(barrier, n) for n in "XYZ"))
    print("[" + repr(barrier).split("[")[-1])

asyncio.run(main())
