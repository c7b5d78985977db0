import asyncio

async def something():
    print("something starts")
    await asyncio.sleep(0.1)
    print("something finished anyway")
    return 42

async def main():
    inner = asyncio.ensure_future(something())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    print(outer.cancelled(), inner.done())

asyncio.run(main())
