# The docs' Awaitables section: coroutines, Tasks and a Future from a low-level function, gathered together
import asyncio

def function_that_returns_a_future_object():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "future value")
    return fut

async def nested():
    return 42

async def main():
    print(await nested())
    task = asyncio.create_task(nested())
    print(await task)
    await function_that_returns_a_future_object()
    print(await asyncio.gather(
        function_that_returns_a_future_object(),
        nested()
    ))
    coro = nested()
    print(asyncio.iscoroutine(coro), asyncio.isfuture(task), await coro)

asyncio.run(main())
