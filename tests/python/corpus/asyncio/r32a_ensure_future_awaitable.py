# ensure_future wraps a coroutine or an awaitable object; passes a future through
import asyncio

class Ready:
    def __await__(self):
        return (yield from asyncio.sleep(0, result="from awaitable").__await__())

async def coro():
    return "from coroutine"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t1 = asyncio.ensure_future(coro())
    t2 = asyncio.ensure_future(Ready())
    print(type(t1).__name__, type(t2).__name__)
    print(await t1, await t2)
    try:
        asyncio.ensure_future("text")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
