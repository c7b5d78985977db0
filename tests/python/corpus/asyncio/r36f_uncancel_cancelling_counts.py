# Look at Task.cancelling() and uncancel() when a task is cancelled twice and recovers.
import asyncio

async def stubborn():
    task = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0.1)
            print("woke normally")
        except asyncio.CancelledError:
            print("cancel requests:", task.cancelling())
            left = task.uncancel()
            print("after uncancel:", left)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel("second")
    t.cancel("third")
    print(await t)
    print("cancelled()?", t.cancelled())

asyncio.run(main())
