import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker - I was cancelled')
        raise
    return 42

def print_it(task):
    if task.cancelled():
        print('print_it - task was cancelled')
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.05)
    print('do_something - cancel() returned', task.cancel('too slow'))
    try:
        await task
    except asyncio.CancelledError as e:
        print('do_something - CancelledError args:', e.args)
    print('do_something - task.cancelled():', task.cancelled())

asyncio.run(do_something())
