import asyncio

async def example_barrier():
    # barrier with 3 parties
    b = asyncio.Barrier(3)

    # create 2 new waiting tasks
    t1 = asyncio.create_task(b.wait())
    t2 = asyncio.create_task(b.wait())

    await asyncio.sleep(0)
    print(b.n_waiting, b.parties, b.broken)

    # The third .wait() call passes the barrier
    idx = await b.wait()
    print("barrier passed", idx)
    print(sorted([await t1, await t2, idx]))

    await asyncio.sleep(0)
    print(b.n_waiting, b.broken)
    await b.abort()
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("broken")

asyncio.run(example_barrier())
