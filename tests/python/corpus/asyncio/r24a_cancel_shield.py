import asyncio

async def important():
    await asyncio.sleep(0.05)
    print("important work done")
    return 42

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    async def waiter():
        return await asyncio.shield(important())
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.sleep(0.1)
    print("waiter cancelled?", w.cancelled())

asyncio.run(main())
