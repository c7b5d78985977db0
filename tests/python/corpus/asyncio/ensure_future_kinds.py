# ensure_future: a coroutine becomes a Task, a future is returned as is, an awaitable object is wrapped.
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'from __await__'

async def coro():
    return 'coro'

async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    fut = asyncio.get_running_loop().create_future()
    print('same future:', asyncio.ensure_future(fut) is fut)
    print('same task:', asyncio.ensure_future(t) is t)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(coro), asyncio.isfuture(t), asyncio.isfuture(coro))

asyncio.run(main())
