# cancelling() counts pending cancel requests; uncancel() lets a task absorb one and continue
import asyncio


async def stubborn():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(0.1)
            print("finished on attempt", attempt)
            return attempt
        except asyncio.CancelledError:
            print("attempt", attempt, "cancelling =", task.cancelling())
            remaining = task.uncancel()
            print("  after uncancel:", remaining)
    return -1


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    print("two cancels requested:", t.cancelling())
    await asyncio.sleep(0.01)
    t.cancel()
    print("result", await t, "cancelled?", t.cancelled())


asyncio.run(main())
