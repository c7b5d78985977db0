# test_tasks: test_cancel_current_task -- a task cancels itself
import asyncio

async def task():
    t.cancel()
    print("cancelling() inside:", t.cancelling())
    # the cancel is delivered at the next suspension point
    await asyncio.sleep(100)
    print("not reached")

async def main():
    global t
    t = asyncio.create_task(task())
    try:
        await t
    except asyncio.CancelledError:
        print("outer saw CancelledError")
    print(t.done(), t.cancelled())

asyncio.run(main())
