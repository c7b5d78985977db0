# asyncio.Barrier: three parties meet; wait() returns each its index; abort breaks it
import asyncio

async def runner(b, name, delay, out):
    await asyncio.sleep(delay)
    idx = await b.wait()
    out.append((name, idx))

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    out = []
    await asyncio.gather(*(runner(b, n, d, out) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02)]))
    print(sorted(out))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), b2.broken)

asyncio.run(main())
