# Cancelling a task also cancels the task it is awaiting (cancellation flows down).
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child: cancelled")
        raise

async def parent(c):
    try:
        await c
    except asyncio.CancelledError:
        print("parent: cancelled")
        raise

async def main():
    c = asyncio.create_task(child())
    p = asyncio.create_task(parent(c))
    await asyncio.sleep(0.01)
    p.cancel()
    await asyncio.gather(p, c, return_exceptions=True)
    print("parent cancelled:", p.cancelled(), "child cancelled:", c.cancelled())
    c2 = asyncio.create_task(child())
    p2 = asyncio.create_task(parent(asyncio.shield(c2)))
    await asyncio.sleep(0.01)
    p2.cancel()
    await asyncio.sleep(0.01)
    print("shielded child still running:", not c2.done())
    c2.cancel()
    await asyncio.gather(c2, p2, return_exceptions=True)

asyncio.run(main())
