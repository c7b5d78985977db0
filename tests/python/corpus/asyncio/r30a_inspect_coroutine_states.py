# inspect.getcoroutinestate through a coroutine's life
import asyncio
import inspect

async def child(evt):
    await evt.wait()
    return "child done"

async def main():
    evt = asyncio.Event()
    c = child(evt)
    print(inspect.getcoroutinestate(c))
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c))
    print(inspect.getcoroutinestate(asyncio.current_task().get_coro()))
    evt.set()
    await t
    print(inspect.getcoroutinestate(c))
    print(inspect.iscoroutinefunction(child), inspect.iscoroutine(c), inspect.isawaitable(t))
    print(asyncio.iscoroutinefunction(main), inspect.isasyncgenfunction(child))

asyncio.run(main())
