# isfuture, ensure_future of coroutine / future / awaitable / bad argument
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return 'from __await__'

async def coro():
    return 'from coroutine'

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.isfuture(f), asyncio.isfuture(coro), asyncio.isfuture(42))
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    print(asyncio.ensure_future(f) is f, asyncio.ensure_future(t) is t)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    for bad in (42, 'text', None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    f.cancel()
    class Duck:
        _asyncio_future_blocking = False
    print("duck is future:", asyncio.isfuture(Duck()))
    print(asyncio.iscoroutine(coro()), asyncio.iscoroutinefunction(coro))

asyncio.run(main())
