# inspect.getcoroutinestate through a coroutine's life
import asyncio
import inspect

async def job(ev):
    print('inside:', inspect.getcoroutinestate(coro))
    await ev.wait()

async def main():
    global coro
    ev = asyncio.Event()
    coro = job(ev)
    print(inspect.getcoroutinestate(coro))
    t = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro))
    ev.set()
    await t
    print(inspect.getcoroutinestate(coro))
    print(inspect.iscoroutine(coro), inspect.isawaitable(t), inspect.iscoroutinefunction(job))

asyncio.run(main())
