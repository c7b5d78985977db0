# Cancelling a shield whose inner task later fails: the error is reported as never retrieved
import asyncio

async def risky():
    await asyncio.sleep(0.05)
    raise RuntimeError("inner failed after outer gave up")

async def main():
    outer = asyncio.shield(risky())
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
