# ensure_future on a coroutine, a task, a future and a custom awaitable; and on an int
import asyncio

class Ready:
    def __await__(self):
        return (yield from asyncio.sleep(0, result="ready!").__await__())

async def coro():
    return "coro result"

async def main():
    t1 = asyncio.ensure_future(coro())
    print(type(t1).__name__, await t1)
    print(asyncio.ensure_future(t1) is t1)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result(None)
    t3 = asyncio.ensure_future(Ready())
    print(type(t3).__name__, await t3)
    asyncio.ensure_future(123)

asyncio.run(main())
