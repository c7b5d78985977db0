# isfuture, iscoroutine and ensure_future on futures, tasks and coroutines
import asyncio

async def c():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    co = c()
    t = asyncio.ensure_future(co)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(co))
    print(asyncio.iscoroutine(co), asyncio.iscoroutinefunction(c))
    print(asyncio.ensure_future(f) is f, asyncio.ensure_future(t) is t)
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    f.cancel()

asyncio.run(main())
