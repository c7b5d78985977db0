# Two tasks await one future; cancelling one waiter cancels the shared future for both
import asyncio


async def wait_on(fut, name):
    try:
        return await fut
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(wait_on(fut, "t1"))
    t2 = asyncio.create_task(wait_on(fut, "t2"))
    await asyncio.sleep(0)
    t1.cancel()
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("future cancelled:", fut.cancelled())


asyncio.run(main())
