# I cancel the task before it finishes and see what print_it gets
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    finally:
        print('worker - cleaning up')
    return 42

def print_it(task):
    print('print_it cancelled?', task.cancelled())
    try:
        print('print_it result:', task.result())
    except asyncio.CancelledError as e:
        print('print_it got CancelledError', e.args)

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.05)
    print('cancel returned', task.cancel('enough waiting'))
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - task was cancelled')
    print('task.cancelled():', task.cancelled())

asyncio.run(do_something())
