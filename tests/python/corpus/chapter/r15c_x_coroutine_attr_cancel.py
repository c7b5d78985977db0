# calling Task methods on a coroutine: the coroutine is not a task
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    coro = worker()
    print(type(coro).__name__, asyncio.iscoroutine(coro), isinstance(coro, asyncio.Task))
    try:
        coro.add_done_callback(print)
    except AttributeError as e:
        print('AttributeError:', e)
    task = asyncio.ensure_future(coro)
    print(type(task).__name__, isinstance(task, asyncio.Future))
    print(await task)
    print(worker().result())

asyncio.run(do_something())
