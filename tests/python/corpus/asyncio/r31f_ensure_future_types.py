# ensure_future with a coroutine, a Future and something that is not awaitable
import asyncio
import inspect

async def coro():
    return "value"

async def main():
    c = coro()
    print(asyncio.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
    t = asyncio.ensure_future(c)
    print(isinstance(t, asyncio.Task), await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result(None)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(coro)
    except TypeError as e:
        print("TypeError:", str(e).split(", got")[0])

asyncio.run(main())
