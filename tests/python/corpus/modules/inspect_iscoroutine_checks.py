# asyncio.iscoroutine, inspect.iscoroutinefunction, asyncio.isfuture (a program of the fourth rehearsal, refused when inspect was)
import asyncio
import inspect

async def c():
    return 1

def f():
    return 1

async def main():
    co = c()
    print(asyncio.iscoroutine(co), asyncio.iscoroutine(f()))
    print(inspect.iscoroutinefunction(c), inspect.iscoroutinefunction(f))
    print(await co)
    t = asyncio.ensure_future(c())
    print(asyncio.isfuture(t), await t)

asyncio.run(main())
