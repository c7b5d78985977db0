# Cancelling the gather future cancels every child
import asyncio

async def child(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"child {i} cancelled")
        raise

async def main():
    g = asyncio.gather(*(child(i) for i in range(3)))
    await asyncio.sleep(0.01)
    print("cancel returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

asyncio.run(main())
