# test_tasks: test_cancel_at_end -- cancel() from inside the task just before it returns
import asyncio

async def task():
    t.cancel()
    print("must_cancel set:", t._must_cancel)
    return 12

async def main():
    global t
    t = asyncio.create_task(task())
    try:
        r = await t
        print("result:", r)
    except asyncio.CancelledError:
        print("CancelledError even though the coroutine returned 12")
    print("cancelled:", t.cancelled())

asyncio.run(main())
