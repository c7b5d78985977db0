import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return "custom"

async def coro():
    return "coro"

async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    print(await Awaitable())
    print(asyncio.iscoroutine(coro()), asyncio.isfuture(f), asyncio.iscoroutinefunction(coro))
    asyncio.ensure_future(42)

asyncio.run(main())
