# gather: first exception propagates, others keep running; return_exceptions=True
import asyncio

async def ok(n, delay):
    await asyncio.sleep(delay)
    print("ok", n)
    return n

async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"bad after {delay}")

async def main():
    tasks = [asyncio.create_task(ok(1, 0.3)), asyncio.create_task(bad(0.1))]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print("caught:", e)
    print("ok task done?", tasks[0].done())
    await asyncio.sleep(0.3)
    print("ok task done?", tasks[0].done(), tasks[0].result())
    res = await asyncio.gather(ok(2, 0.1), bad(0.2), ok(3, 0), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(repr(res[1]))
    print(await asyncio.gather())
    g = asyncio.gather(ok(4, 1), ok(5, 1))
    await asyncio.sleep(0.1)
    print("gather.cancel():", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

asyncio.run(main())
