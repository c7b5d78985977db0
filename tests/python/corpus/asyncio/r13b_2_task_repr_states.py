import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    t = asyncio.create_task(work(0.01), name="worker")
    r = repr(t)
    print(r[:r.index(" coro=")], "...")
    await t
    r = repr(t)
    print(r[:r.index(" coro=")], r[r.index(" result="):])
    t2 = asyncio.create_task(work(1), name="sleeper")
    await asyncio.sleep(0)
    t2.cancel()
    r = repr(t2)
    print(r[:r.index(" coro=")])
    await asyncio.gather(t2, return_exceptions=True)
    r = repr(t2)
    print(r[:r.index(" coro=")])

asyncio.run(main())
