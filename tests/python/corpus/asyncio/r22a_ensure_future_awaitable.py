# ensure_future wraps coroutines and awaitables, and passes futures through.
import asyncio

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v

async def coro():
    return 'from coro'

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    w = asyncio.ensure_future(Ready('from awaitable'))
    print(type(w).__name__, await w)
    print(await Ready(99))
    f.set_result('plain future')
    print(await asyncio.ensure_future(f))

asyncio.run(main())
