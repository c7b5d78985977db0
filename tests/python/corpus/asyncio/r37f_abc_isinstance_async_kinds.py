# collections.abc checks on async things: coroutine, task, future, async generator, awaitable class
import asyncio
import collections.abc as cabc

async def coro_fn():
    return 1

async def agen_fn():
    yield 1

class Waiter:
    def __await__(self):
        return (yield from asyncio.sleep(0).__await__())

async def main():
    coro = coro_fn()
    task = asyncio.create_task(coro_fn())
    fut = asyncio.get_running_loop().create_future()
    agen = agen_fn()
    things = {"coroutine": coro, "task": task, "future": fut, "async gen": agen, "Waiter()": Waiter()}
    checks = [cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator, cabc.AsyncGenerator]
    print(f"{'':10}" + "".join(f"{c.__name__:>15}" for c in checks))
    for name, obj in things.items():
        print(f"{name:10}" + "".join(f"{str(isinstance(obj, c)):>15}" for c in checks))
    print(asyncio.isfuture(task), asyncio.isfuture(coro), asyncio.iscoroutine(agen))
    await coro
    await task
    fut.cancel()

asyncio.run(main())
