# Watching a factorial coroutine's state with inspect.getcoroutinestate while it runs.
import asyncio
import inspect


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    coro = factorial(4)
    print(inspect.getcoroutinestate(coro), coro.cr_running, coro.cr_await)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro), type(coro.cr_await).__name__)
    print("line:", coro.cr_frame.f_lineno, "locals:", inspect.getcoroutinelocals(coro))
    print(await task)
    print(inspect.getcoroutinestate(coro), coro.cr_frame)
    print(inspect.iscoroutinefunction(factorial), inspect.iscoroutine(coro), inspect.isawaitable(task))


asyncio.run(main())
