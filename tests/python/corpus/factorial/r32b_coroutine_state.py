# Inspecting a factorial coroutine's state with inspect.getcoroutinestate as it runs.
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
    print(inspect.getcoroutinestate(coro), coro.__name__, coro.__qualname__)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro), coro.cr_running, coro.cr_await is not None)
    print(await task, inspect.getcoroutinestate(coro), coro.cr_frame)
    print(inspect.iscoroutinefunction(factorial), inspect.isawaitable(task))
    print(inspect.signature(factorial), task.get_coro() is coro)
    c2 = factorial(1)
    c2.close()
    print(inspect.getcoroutinestate(c2))


asyncio.run(main())
