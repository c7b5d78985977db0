# gather accepts coroutines, tasks, futures and custom awaitables together, keeping argument order
import asyncio


class Const:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield from asyncio.sleep(0.02).__await__()
        return self.v


async def coro(v, d):
    await asyncio.sleep(d)
    return v


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.03, fut.set_result, "future")
    task = asyncio.create_task(coro("task", 0.01))
    print(await asyncio.gather(coro("coro", 0.04), task, fut, Const("custom")))
    results = await asyncio.gather(*(coro(i, 0.05 - i / 100) for i in range(5)))
    print(results)


asyncio.run(main())
