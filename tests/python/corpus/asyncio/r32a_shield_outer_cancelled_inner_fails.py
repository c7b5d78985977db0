# Shielded task fails after the outer await was cancelled: the error is logged
import asyncio

async def fragile():
    await asyncio.sleep(0.03)
    raise PermissionError("denied late")

async def caller():
    await asyncio.shield(fragile())

async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller cancelled")
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
