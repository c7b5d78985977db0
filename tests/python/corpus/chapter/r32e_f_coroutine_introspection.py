# poking at the coroutine object before awaiting it
import asyncio
import inspect

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    c = worker()
    print(type(c).__name__, c.__name__, c.__qualname__)
    print('state:', inspect.getcoroutinestate(c))
    print(inspect.iscoroutine(c), inspect.isawaitable(c), asyncio.iscoroutine(c))
    r = await c
    print('state:', inspect.getcoroutinestate(c), r)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
