# 34.5 edited to call result() and exception() before the task has finished
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    for method in (task.result, task.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(method.__name__, '->', type(e).__name__, e)
    print('done?', task.done())
    await task
    print('result:', task.result(), 'exception:', task.exception())

asyncio.run(do_something())
