# Watching a factorial coroutine move through its states with inspect.getcoroutinestate.
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
    print(inspect.getcoroutinestate(coro))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro), coro.cr_running)
    print(inspect.getcoroutinelocals(coro))
    print(await task, inspect.getcoroutinestate(coro))
    print(inspect.iscoroutinefunction(factorial), inspect.isawaitable(coro))


asyncio.run(main())
