# Print a coroutine's state with inspect.getcoroutinestate as a task moves through its life.
import asyncio
import inspect

async def job():
    await asyncio.sleep(0.01)
    return 5

async def main():
    c = job()
    print(inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    print(inspect.getcoroutinestate(c))
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), c.cr_await is not None)
    print(await t)
    print(inspect.getcoroutinestate(c), c.cr_frame)
    c2 = job()
    c2.close()
    print(inspect.getcoroutinestate(c2))

asyncio.run(main())
