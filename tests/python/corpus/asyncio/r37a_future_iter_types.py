# The types behind "await": what __await__ returns for coroutines, futures, tasks and async generators' steps
import asyncio


async def coro():
    return 1


async def agen():
    yield 1


async def main():
    c = coro()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(coro())
    g = agen()
    items = {
        "coroutine.__await__()": c.__await__(),
        "future.__await__()": fut.__await__(),
        "iter(future)": iter(fut),
        "task.__await__()": task.__await__(),
        "agen.__anext__()": g.__anext__(),
        "agen.asend(None)": g.asend(None),
        "agen.aclose()": g.aclose(),
        "sleep(0)": asyncio.sleep(0),
    }
    for label, obj in items.items():
        print(f"{label:24} {type(obj).__name__}")
    for obj in items.values():
        if hasattr(obj, "close"):
            obj.close()
    fut.cancel()
    await task
    await c


asyncio.run(main())
