# Task.get_coro() before and after the task finishes, and the coroutine's frame once it is closed
import asyncio
import inspect


async def compute(x):
    await asyncio.sleep(0.01)
    return x ** 2


async def main():
    t = asyncio.create_task(compute(7), name="sq7")
    coro = t.get_coro()
    print(coro.__name__, coro.__qualname__, inspect.getcoroutinestate(coro))
    print(await t)
    print(t.get_coro() is coro, inspect.getcoroutinestate(coro), coro.cr_frame)
    print(t.get_name(), t.done(), t.result())
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
