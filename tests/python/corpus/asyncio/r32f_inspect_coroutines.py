# Introspection: iscoroutine, iscoroutinefunction, isawaitable, coroutine states
import asyncio
import inspect

async def job():
    await asyncio.sleep(0.01)
    return 1

async def agen():
    yield 1

def plain():
    return 1

async def main():
    c = job()
    print(inspect.iscoroutinefunction(job), inspect.iscoroutinefunction(plain))
    print(asyncio.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1))
    print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()))
    print(inspect.getcoroutinestate(c))
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c))
    await t
    print(inspect.getcoroutinestate(c))
    print(c.cr_code.co_name, c.__qualname__)
    print(inspect.isawaitable(t), inspect.isfuture(t))

asyncio.run(main())
