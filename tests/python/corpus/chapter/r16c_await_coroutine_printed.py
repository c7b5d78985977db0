# 34.4.1 edited to look at what worker() returns before it is awaited
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    coro = worker()
    print('type:', type(coro).__name__)
    print('is coroutine:', asyncio.iscoroutine(coro))
    print('name:', coro.__name__, coro.__qualname__)
    result = await coro
    print('do_something - result:', result)

asyncio.run(do_something())
print('iscoroutinefunction:', asyncio.iscoroutinefunction(worker))
