# Looking inside coroutine objects: states, cr_await, cr_frame and flags
import asyncio
import inspect

async def inner():
    await asyncio.sleep(0.01)
    return 1

async def outer():
    return await inner()

async def main():
    c = outer()
    print(inspect.getcoroutinestate(c), c.cr_await, c.cr_running)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_await.__qualname__)
    print(c.cr_frame.f_code.co_name, c.cr_code.co_name, bool(c.cr_code.co_flags & inspect.CO_COROUTINE))
    print(inspect.getcoroutinestate(asyncio.current_task().get_coro()))
    await t
    print(inspect.getcoroutinestate(c), c.cr_frame)
    print(inspect.iscoroutinefunction(outer), inspect.isasyncgenfunction(outer))
    print(c.__name__, c.__qualname__)

asyncio.run(main())
