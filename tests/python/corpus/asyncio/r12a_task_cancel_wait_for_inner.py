# test_tasks: test_cancel_wait_for -- cancelling a task blocked in wait_for
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    inner = loop.create_future()

    async def waiter():
        return await asyncio.wait_for(inner, 5)

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner cancelled too:", inner.cancelled())
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
