# get_coro() returns the coroutine; its cr_frame is None once the task is done
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    coro = work(4)
    t = asyncio.create_task(coro)
    print(t.get_coro() is coro)
    print(coro.__name__, coro.__qualname__)
    print(coro.cr_frame is not None, coro.cr_running)
    print(await t)
    print(coro.cr_frame, coro.cr_await)

asyncio.run(main())
