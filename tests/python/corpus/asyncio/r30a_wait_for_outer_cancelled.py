# Cancelling a task that sits in wait_for also cancels the inner awaitable
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        return await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled, cancelling() =", asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    t.cancel("from main")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", repr(e))

asyncio.run(main())
