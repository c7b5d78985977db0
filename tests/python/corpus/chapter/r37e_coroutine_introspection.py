# checking what worker and worker() actually are with inspect and asyncio helpers
import asyncio
import inspect

async def worker():
    await asyncio.sleep(0.01)
    return 42

def plain():
    return 42

async def main():
    coro = worker()
    print('iscoroutinefunction:', inspect.iscoroutinefunction(worker), inspect.iscoroutinefunction(plain))
    print('iscoroutine:', asyncio.iscoroutine(coro), asyncio.iscoroutine(plain()))
    print('isawaitable:', inspect.isawaitable(coro))
    print('state:', inspect.getcoroutinestate(coro))
    task = asyncio.ensure_future(coro)
    print('isfuture:', asyncio.isfuture(task), isinstance(task, asyncio.Future))
    print('result:', await task)
    print('state:', inspect.getcoroutinestate(coro))
    print(type(task).__name__, type(coro).__name__, coro.__name__, coro.__qualname__)

asyncio.run(main())
