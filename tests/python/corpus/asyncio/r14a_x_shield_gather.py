# test_tasks test_shield_gather / test_gather_shield: cancelling outer layers leaves the shielded work alone
import asyncio

async def work(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    outer = asyncio.shield(asyncio.gather(a, b))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')
    print(await a, await b)
    c = asyncio.create_task(work(3))
    d = asyncio.create_task(work(4))
    g = asyncio.gather(asyncio.shield(c), asyncio.shield(d))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    print(await c, await d, c.cancelled())

asyncio.run(main())
