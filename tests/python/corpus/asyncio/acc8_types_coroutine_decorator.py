# types.coroutine: a generator-based awaitable yielding to the loop; iscoroutine/iscoroutinefunction checks.
import asyncio
import types

@types.coroutine
def legacy_sleep():
    yield
    return 'legacy done'

async def modern():
    return await legacy_sleep()

async def main():
    print(await modern())
    print(asyncio.iscoroutinefunction(modern), asyncio.iscoroutinefunction(legacy_sleep))
    c = modern()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(legacy_sleep()))
    c.close()
    import inspect
    print(inspect.iscoroutinefunction(legacy_sleep), inspect.isawaitable(legacy_sleep()))

asyncio.run(main())
