# looking inside the worker coroutine with inspect while it runs
import asyncio
import inspect

async def worker():
    await asyncio.sleep(0.02)
    return 42

async def do_something():
    coro = worker()
    print('before:', inspect.getcoroutinestate(coro), inspect.iscoroutine(coro), inspect.isawaitable(coro))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0.01)
    print('during:', inspect.getcoroutinestate(coro), type(coro.cr_await).__name__)
    print('suspended at line', coro.cr_frame.f_lineno, 'of', coro.cr_code.co_name)
    await task
    print('after:', inspect.getcoroutinestate(coro), coro.cr_frame)
    print(inspect.iscoroutinefunction(worker), asyncio.iscoroutinefunction(do_something))

asyncio.run(do_something())
