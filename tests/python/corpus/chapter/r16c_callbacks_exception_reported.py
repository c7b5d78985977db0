# 34.5 with a worker raising: the callback uses exception() instead of result()
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    raise KeyError('missing')

def print_it(task):
    exc = task.exception()
    if exc:
        print('print_it exception:', type(exc).__name__, exc)
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except KeyError as e:
        print('do_something - caught', repr(e))
    print('do_something - task.exception():', repr(task.exception()))
    print('do_something - task.done():', task.done())

asyncio.run(do_something())
