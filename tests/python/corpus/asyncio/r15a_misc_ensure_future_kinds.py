# ensure_future on a coroutine, a task and a future; iscoroutine and isfuture on each
import asyncio

async def coro():
    return "coro result"

async def main():
    c = coro()
    t = asyncio.ensure_future(c)
    print(type(t).__name__, asyncio.iscoroutine(c), asyncio.isfuture(t))
    print(asyncio.ensure_future(t) is t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f, asyncio.isfuture(f), asyncio.iscoroutine(f))
    f.set_result("future result")
    print(await t, await f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
