# Looking at a suspended coroutine: cr_running, cr_await, cr_frame.f_lineno and cr_code names
import asyncio
import inspect


async def inner():
    await asyncio.sleep(0.05)


async def outer():
    await inner()
    return "ok"


async def main():
    coro = outer()
    print(inspect.getcoroutinestate(coro), coro.cr_frame.f_lineno)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0.01)
    print(inspect.getcoroutinestate(coro), "line", coro.cr_frame.f_lineno)
    print("cr_await:", type(coro.cr_await).__name__, coro.cr_await.cr_code.co_name)
    print("running:", coro.cr_running, coro.cr_code.co_name, coro.__qualname__)
    print(await task, inspect.getcoroutinestate(coro), coro.cr_frame)


asyncio.run(main())
