# read the failed task's exception() in the callback and raised it later from do_something
import asyncio

errors = []

async def worker():
    await asyncio.sleep(0.05)
    {}['missing']

def print_it(task):
    exc = task.exception()
    print('print_it - exception:', repr(exc))
    errors.append(exc)

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.2)
    print('do_something - done:', task.done(), 'errors:', len(errors))
    raise errors[0]

asyncio.run(do_something())
