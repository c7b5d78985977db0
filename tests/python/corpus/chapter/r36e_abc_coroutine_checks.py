# checking what kind of object worker() gives me with collections.abc and inspect
import asyncio
import collections.abc
import inspect

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    coro = worker()
    print('Coroutine?', isinstance(coro, collections.abc.Coroutine))
    print('Awaitable?', isinstance(coro, collections.abc.Awaitable))
    print('inspect says', inspect.iscoroutine(coro), inspect.isawaitable(coro))
    print('state before:', inspect.getcoroutinestate(coro))
    task = asyncio.ensure_future(coro)
    print('Task is Awaitable?', isinstance(task, collections.abc.Awaitable))
    print('Task is Coroutine?', isinstance(task, collections.abc.Coroutine))
    print(await task, 'state after:', inspect.getcoroutinestate(coro))
    print('function checks:', inspect.iscoroutinefunction(worker), inspect.isfunction(worker))

asyncio.run(main())
