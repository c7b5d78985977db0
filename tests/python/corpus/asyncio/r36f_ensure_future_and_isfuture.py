# ensure_future on a coroutine, a Task and a Future; isfuture and iscoroutine checks.
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "job"

async def main():
    loop = asyncio.get_running_loop()
    c = job()
    t = asyncio.ensure_future(c)
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    print(asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(c))
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(job), asyncio.iscoroutinefunction(job))
    f.set_result(1)
    print(await t, await f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
