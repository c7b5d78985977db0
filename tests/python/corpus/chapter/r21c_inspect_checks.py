# inspect and asyncio predicates on the worker, its call and a task.
import asyncio
import inspect

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def main():
    c = worker()
    t = asyncio.create_task(worker())
    print(inspect.iscoroutinefunction(worker), asyncio.iscoroutinefunction(worker))
    print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(t))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), asyncio.isfuture(t))
    print(inspect.getcoroutinestate(c))
    await c
    print(inspect.getcoroutinestate(c))
    await t

asyncio.run(main())
