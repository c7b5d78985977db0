import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.03)
    raise KeyError('missing-data')

def print_it(task):
    exc = task.exception()
    if exc is not None:
        print('print_it - worker failed with', type(exc).__name__, exc)
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except KeyError as e:
        print('do_something - caught', repr(e))
    print('do_something - task.done():', task.done())
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.exception():', repr(task.exception()))

asyncio.run(do_something())
print('Main - Done')
