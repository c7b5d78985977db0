# gather(return_exceptions=True) with a child cancelled: a CancelledError in the results, not a cancelled gather.
import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    ts = [asyncio.create_task(work(n)) for n in range(1, 4)]
    g = asyncio.gather(*ts, return_exceptions=True)
    await asyncio.sleep(0)
    ts[1].cancel('middle')
    res = await g
    print([r if isinstance(r, int) else (type(r).__name__, r.args) for r in res])
    print('gather cancelled:', g.cancelled())
    ts2 = [asyncio.create_task(work(n)) for n in range(1, 3)]
    g2 = asyncio.gather(*ts2)
    await asyncio.sleep(0)
    ts2[0].cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print('without return_exceptions: CancelledError', e.args, g2.cancelled())
    print(await ts2[1])

asyncio.run(main())
