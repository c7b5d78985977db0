# collections.abc checks against coroutines, tasks, futures, async generators and awaitable classes
import asyncio
import collections.abc as cabc


class Awaitish:
    def __await__(self):
        return (yield from asyncio.sleep(0).__await__()) or iter([])


async def agen():
    yield 1


async def coro():
    return 1


async def main():
    c = coro()
    t = asyncio.create_task(coro())
    f = asyncio.get_running_loop().create_future()
    g = agen()
    for name, obj in [("coroutine", c), ("task", t), ("future", f), ("asyncgen", g), ("class", Awaitish())]:
        checks = [abc.__name__ for abc in (cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterator,
                                           cabc.AsyncGenerator, cabc.AsyncIterable)
                  if isinstance(obj, abc)]
        print(f"{name:10} {checks}")
    print(issubclass(asyncio.Task, cabc.Awaitable), issubclass(asyncio.Future, cabc.Coroutine))
    await c
    await t
    f.cancel()


asyncio.run(main())
