# inspect.getcoroutinestate and cr_await while a task is suspended, and after it finishes
import asyncio
import inspect


async def inner():
    await asyncio.sleep(0.05)
    return "ok"


async def outer():
    return await inner()


async def main():
    coro = outer()
    print(inspect.getcoroutinestate(coro))
    task = asyncio.create_task(coro)
    print(inspect.getcoroutinestate(coro))
    await asyncio.sleep(0.01)
    print(inspect.getcoroutinestate(coro))
    print(type(coro.cr_await).__name__, coro.cr_await.__qualname__)
    print(type(coro.cr_await.cr_await).__name__)
    print(coro.cr_frame.f_code.co_name, coro.cr_frame.f_lineno)
    print(inspect.getcoroutinelocals(coro))
    await task
    print(inspect.getcoroutinestate(coro), coro.cr_await, coro.cr_frame)
    print(inspect.iscoroutine(coro), inspect.isawaitable(task), inspect.iscoroutine(task))


asyncio.run(main())
