# test_tasks: test_cancel_yield -- a task cancelled while suspended in a bare sleep(0)
import asyncio

async def task():
    await asyncio.sleep(0)
    return 12

async def main():
    t = asyncio.create_task(task())
    await asyncio.sleep(0)        # start the coroutine
    print("cancel():", t.cancel())
    print("cancel() again:", t.cancel())
    print("cancelling():", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited:", type(e).__name__, e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel() after done:", t.cancel())
    print("cancelling() after done:", t.cancelling())

asyncio.run(main())
