# my callback prints the worker's traceback with the traceback module instead of crashing
import asyncio
import traceback

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    raise RuntimeError('disk on fire')

def print_it(task):
    exc = task.exception()
    if exc is not None:
        print('print_it: worker failed:', repr(exc))
        traceback.print_exception(exc)
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except RuntimeError:
        print('do_something - saw the error too')
    print('do_something - finished')

asyncio.run(do_something())
