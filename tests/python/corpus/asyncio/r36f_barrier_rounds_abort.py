# asyncio.Barrier makes three players wait for each other each round; then the barrier is aborted.
import asyncio

async def player(b, name, delays):
    for rnd, d in enumerate(delays, 1):
        await asyncio.sleep(d)
        idx = await b.wait()
        print(f"round {rnd}: {name} passed (index {idx})")
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print(f"{name}: barrier broken")

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    tasks = [asyncio.create_task(player(b, n, ds)) for n, ds in
             [("ann", [0.01, 0.05]), ("ben", [0.03, 0.01]), ("cid", [0.05, 0.03])]]
    await asyncio.sleep(0.2)
    print("waiting now:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*tasks)
    print("broken:", b.broken)

asyncio.run(main())
