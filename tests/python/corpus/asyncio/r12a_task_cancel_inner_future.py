# test_tasks: test_cancel_inner_future -- cancelling the future a task waits on
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def task():
        await f
        return 12

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    print("f.cancel():", f.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task raised CancelledError")
    print("f.cancelled():", f.cancelled())
    print("t.cancelled():", t.cancelled())
    print("t.cancelling():", t.cancelling())

asyncio.run(main())
