# Which objects count as Awaitable, Coroutine, AsyncIterator? collections.abc checks in async code.
import asyncio
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Coroutine

class Ticket:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "ticket"

async def coro_fn():
    return 1

async def agen_fn():
    yield 1

async def main():
    c = coro_fn()
    g = agen_fn()
    loop = asyncio.get_running_loop()
    objs = {"coroutine": c, "async gen": g, "Ticket()": Ticket(), "future": loop.create_future(),
            "task": asyncio.create_task(asyncio.sleep(0)), "list": []}
    print(f"{'':<10} {'Await':>6} {'Coro':>6} {'AIter':>6} {'AItor':>6} {'AGen':>6}")
    for name, o in objs.items():
        flags = [isinstance(o, abc) for abc in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator)]
        print(f"{name:<10}", " ".join(f"{str(f):>6}" for f in flags))
    print(await c, await Ticket(), await anext(g))
    objs["future"].cancel()
    await objs["task"]
    await g.aclose()

asyncio.run(main())
