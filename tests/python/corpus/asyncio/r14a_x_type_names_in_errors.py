# asyncio's TypeErrors name the types as type(x).__name__ does: Future, Task, coroutine
import asyncio

async def job():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(job())
    print(type(f).__name__, type(t).__name__, type(f).__module__, type(t).__qualname__)
    for bad in (f, t):
        try:
            await asyncio.wait(bad)
        except TypeError as e:
            print(e)
        try:
            next(asyncio.as_completed(bad))
        except TypeError as e:
            print(e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    f.set_result(None)
    await t
    print(repr(type(t)), asyncio.Task.__mro__)

asyncio.run(main())
