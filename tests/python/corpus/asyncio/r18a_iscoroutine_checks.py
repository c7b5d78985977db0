# telling coroutines, coroutine functions, futures and awaitables apart
import asyncio
import inspect

async def coro_fn():
    return 1

async def agen_fn():
    yield 1

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'custom'

async def main():
    c = coro_fn()
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutine(c), inspect.isawaitable(c))
    print(asyncio.iscoroutinefunction(agen_fn), inspect.isasyncgenfunction(agen_fn))
    t = asyncio.ensure_future(c)
    print(type(t).__name__, asyncio.isfuture(t), asyncio.isfuture(c))
    print(await t, await Awaitable(), inspect.isawaitable(Awaitable()))
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    c2 = coro_fn()
    print(inspect.getcoroutinestate(c2))
    await c2
    print(inspect.getcoroutinestate(c2))

asyncio.run(main())
