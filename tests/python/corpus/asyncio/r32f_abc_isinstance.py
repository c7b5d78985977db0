# collections.abc checks on coroutines, async generators, tasks and custom awaitables
import asyncio
from collections.abc import Awaitable, Coroutine, AsyncIterator, AsyncGenerator, AsyncIterable

class MyAwaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "mine"

async def coro():
    return 1

async def agen():
    yield 1

async def main():
    c, g, t = coro(), agen(), asyncio.create_task(coro())
    for name, obj in [("coro", c), ("agen", g), ("task", t), ("mine", MyAwaitable())]:
        checks = [cls.__name__ for cls in (Awaitable, Coroutine, AsyncIterator, AsyncGenerator, AsyncIterable) if isinstance(obj, cls)]
        print(f"{name:5}", checks)
    print(await c, await t, await MyAwaitable())
    await g.aclose()
    print(issubclass(asyncio.Future, Awaitable), issubclass(asyncio.Task, asyncio.Future))

asyncio.run(main())
