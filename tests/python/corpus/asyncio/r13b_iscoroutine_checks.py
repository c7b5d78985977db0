import asyncio
import inspect

async def coro_fn():
    return 1

def plain():
    return 1

async def agen():
    yield 1

async def main():
    c = coro_fn()
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutine(c))
    print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()))
    print(inspect.getcoroutinestate(c))
    await c
    print(inspect.getcoroutinestate(c))
    print(type(c).__name__, c.__name__, c.__qualname__)

asyncio.run(main())
