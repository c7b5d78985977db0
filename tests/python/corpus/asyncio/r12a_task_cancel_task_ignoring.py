# test_tasks: test_cancel_task_ignoring -- a task that swallows one cancel and goes on
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut1 = loop.create_future()
    fut2 = loop.create_future()
    fut3 = loop.create_future()

    async def task():
        await fut1
        try:
            await fut2
        except asyncio.CancelledError:
            pass
        res = await fut3
        return res

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    fut1.set_result(None)
    await asyncio.sleep(0)
    t.cancel()
    print("fut2.cancelled():", fut2.cancelled())
    await asyncio.sleep(0)
    print("waiting on fut3:", t._fut_waiter is fut3)
    print("cancelling() while ignoring:", t.cancelling())
    fut3.set_result(42)
    print("result:", await t)
    print("cancelled:", t.cancelled())

asyncio.run(main())
