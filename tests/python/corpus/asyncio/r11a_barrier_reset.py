import asyncio


async def waiter(barrier, name):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "saw the reset")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(barrier, f"w{i}")) for i in range(2)]
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    await asyncio.gather(*tasks)
    print("after reset broken:", barrier.broken, "waiting:", barrier.n_waiting)
    tasks = [asyncio.create_task(waiter(barrier, f"v{i}")) for i in range(3)]
    await asyncio.gather(*tasks)


asyncio.run(main())
