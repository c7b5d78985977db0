# test_tasks: test_cancel_task_catching -- the task catches CancelledError and returns
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut1 = loop.create_future()
    fut2 = loop.create_future()

    async def task():
        await fut1
        try:
            await fut2
        except asyncio.CancelledError:
            return 42

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    print("waiting on fut1:", t._fut_waiter is fut1)
    fut1.set_result(None)
    await asyncio.sleep(0)
    print("waiting on fut2:", t._fut_waiter is fut2)
    t.cancel()
    print("fut2 cancelled:", fut2.cancelled())
    res = await t
    print("result:", res, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
