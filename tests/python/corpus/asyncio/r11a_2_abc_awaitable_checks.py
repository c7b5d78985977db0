import asyncio
from collections.abc import Awaitable, Coroutine, AsyncIterator, AsyncGenerator, AsyncIterable


async def coro_fn():
    return 1


async def agen_fn():
    yield 1


class MyAwaitable:
    def __await__(self):
        yield from ()
        return 5


async def main():
    c = coro_fn()
    g = agen_fn()
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(None)
    for name, obj in [("coroutine", c), ("async gen", g), ("future", fut), ("custom", MyAwaitable())]:
        print(f"{name:10}", isinstance(obj, Awaitable), isinstance(obj, Coroutine),
              isinstance(obj, AsyncIterator), isinstance(obj, AsyncGenerator), isinstance(obj, AsyncIterable))
    print(await c, await MyAwaitable(), await fut)
    await g.aclose()


asyncio.run(main())
