import asyncio

async def child(i):
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("child", i, "cancelled")
        raise
    return i

async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        r = await g
        print("gather returned", r)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(g.cancelled(), g.done())

asyncio.run(main())
