# Inspect a running factorial task: its stack and its coroutine's state.
import asyncio
import inspect
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.2)
        r *= i
    return r


async def main():
    task = asyncio.create_task(factorial(4), name="fact-4")
    coro = task.get_coro()
    print(inspect.getcoroutinestate(coro))
    await asyncio.sleep(0.3)
    frames = task.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames], frames[0].f_lineno)
    print(inspect.getcoroutinestate(coro), coro.cr_frame.f_locals["r"])
    task.print_stack(file=sys.stderr)
    print(await task, inspect.getcoroutinestate(coro), task.get_stack())


asyncio.run(main())
