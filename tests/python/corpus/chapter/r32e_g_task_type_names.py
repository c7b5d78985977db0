# what kind of object is a task, a gather, a coroutine?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 1

async def main():
    t = asyncio.create_task(worker())
    g = asyncio.gather(worker())
    c = worker()
    for obj in (t, g, c):
        print(type(obj).__module__, type(obj).__name__, isinstance(obj, asyncio.Future))
    print(await t, await g, await c)
    print(asyncio.isfuture(t), asyncio.isfuture(c), asyncio.iscoroutine(c))

asyncio.run(main())
