# Cancelling the future returned by gather cancels all its children.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.2), child("c", 0.3))
    await asyncio.sleep(0.1)
    print("cancel returned:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print("cancel again:", g.cancel())

asyncio.run(main())
