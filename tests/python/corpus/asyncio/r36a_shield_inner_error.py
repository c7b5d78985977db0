# A shield's outer future is cancelled; the inner task later fails and nobody retrieves it
import asyncio


async def risky():
    await asyncio.sleep(0.05)
    raise ConnectionError("backend down")


async def main():
    inner = asyncio.create_task(risky(), name="risky-inner")
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled:", inner.cancelled())
    await asyncio.sleep(0.1)
    print("inner done:", inner.done())


asyncio.run(main())
print("program end")
