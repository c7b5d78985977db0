import asyncio

async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", repr(e))

async def main():
    b = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(b, n)) for n in "xy"]
    await asyncio.sleep(0.01)
    print("waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*tasks)
    print("broken:", b.broken)
    await b.reset()
    print("after reset broken:", b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    await b.abort()
    await b.wait()

asyncio.run(main())
