# inspect's coroutine states around a factorial coroutine's life
import asyncio
import inspect

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    coro = factorial(4)
    print(inspect.getcoroutinestate(coro))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0.01)
    print(inspect.getcoroutinestate(coro))
    print(await task, inspect.getcoroutinestate(coro))
    print(inspect.iscoroutinefunction(factorial), inspect.iscoroutine(coro), inspect.isawaitable(task))
    print(inspect.signature(factorial), factorial.__name__, factorial.__code__.co_varnames)

asyncio.run(main())
