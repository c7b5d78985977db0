# Cancelling a gather() cancels all its children
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.2), child("c", 0.3))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

asyncio.run(main())
