# poked at a coroutine's cr_ attributes while it runs inside a task
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

async def main():
    coro = worker()
    print('before:', coro.cr_running, coro.cr_frame is not None, coro.cr_await)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0.01)
    print('suspended:', coro.cr_running, type(coro.cr_await).__name__, coro.cr_frame.f_lineno)
    print('code:', coro.cr_code.co_name, coro.cr_code.co_argcount)
    print(task.get_coro() is coro)
    await task
    print('after:', coro.cr_running, coro.cr_frame, coro.cr_await)

asyncio.run(main())
