# Cancelling a gather while its children sleep, then awaiting it anyway.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.01)
    g.cancel()
    await g

asyncio.run(main())
