# Cancelling a task that is inside wait_for: the inner coroutine is cancelled too
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    return await asyncio.wait_for(inner(), timeout=5)

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())

asyncio.run(main())
