# Inspecting my coroutine function before running it.
import asyncio
import inspect


async def factorial(n: int, *, delay: float = 0.01) -> int:
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return f


coro = factorial(4)
print(inspect.signature(factorial))
print(inspect.iscoroutinefunction(factorial), inspect.iscoroutine(coro), inspect.isawaitable(coro))
print(inspect.getcoroutinestate(coro))
print(asyncio.run(coro))
print(inspect.getcoroutinestate(coro))
print(list(inspect.signature(factorial).parameters))
sig = inspect.signature(factorial)
print(sig.bind(5, delay=0.5).arguments)
print(asyncio.run(factorial(3, 0.01)))
