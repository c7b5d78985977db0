import asyncio

async def coro():
    return "c"

class Awaitable:
    def __await__(self):
        return coro().__await__()

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    f.cancel()

asyncio.run(main())
