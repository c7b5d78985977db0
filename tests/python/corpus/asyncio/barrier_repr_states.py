# Barrier's repr in each state: filling with its waiters, draining, broken, resetting (CPython 3.11's asyncio.locks.Barrier.__repr__)
import asyncio

async def main():
    b = asyncio.Barrier(3)
    s = repr(b)
    print(s[:s.index(' at ')], s[s.index('['):])
    t1 = asyncio.create_task(b.wait())
    t2 = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    s = repr(b); print(s[s.index('['):])
    await b.wait()
    s = repr(b); print(s[s.index('['):])
    await asyncio.sleep(0)
    s = repr(b); print(s[s.index('['):])
    t3 = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    s = repr(b); print(s[s.index('['):])
    try:
        await t3
    except asyncio.BrokenBarrierError as e:
        print("broken:", type(e).__name__, e)
    b2 = asyncio.Barrier(2)
    t4 = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.reset()
    s = repr(b2); print(s[s.index('['):])
    try:
        await t4
    except asyncio.BrokenBarrierError as e:
        print("reset:", e)
    s = repr(b2); print(s[s.index('['):], b2.n_waiting, b2.parties, b2.broken)

asyncio.run(main())
