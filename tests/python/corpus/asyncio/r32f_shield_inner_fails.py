# shield: the caller is cancelled, then the shielded inner task fails later
import asyncio

async def risky_commit():
    await asyncio.sleep(0.05)
    raise IOError("commit failed")

async def caller(inner):
    return await asyncio.shield(inner)

async def main():
    inner = asyncio.create_task(risky_commit())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    print(await asyncio.gather(outer, return_exceptions=True))
    await asyncio.sleep(0.1)
    print("inner done:", inner.done(), "cancelled:", inner.cancelled())
    print("main exits without looking at inner's exception")

asyncio.run(main())
