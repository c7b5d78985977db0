import asyncio

async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept", attempt)
        except asyncio.CancelledError:
            print("ignoring cancel", attempt, "cancelling =", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

asyncio.run(main())
