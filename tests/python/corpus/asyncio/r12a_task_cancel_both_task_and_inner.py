# test_tasks: test_cancel_both_task_and_inner_future
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def task():
        await f
        return 12

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    f.cancel()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(t.done(), f.cancelled(), t.cancelled())

asyncio.run(main())
