# The learner prints what worker() is before awaiting it.
import asyncio

async def worker():
    return 42

async def do_something():
    coro = worker()
    print(type(coro).__name__)
    print(asyncio.iscoroutine(coro))
    print(asyncio.iscoroutinefunction(worker))
    result = await coro
    print('result:', result)

asyncio.run(do_something())
