# the worker raises and the callback calls task.result() -- what gets printed?
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.02)
    return 1 / 0

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except ZeroDivisionError as e:
        print('do_something caught:', repr(e))
    print('do_something - task.done():', task.done())
    print('do_something - task.exception():', repr(task.exception()))

asyncio.run(do_something())
print('Main - Done')
