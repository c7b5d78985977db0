# cancelled the task straight after create_task; does the worker ever print anything?
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    return 42

def print_it(task):
    print('print_it - cancelled?', task.cancelled(), 'done?', task.done())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    print('cancel returned', task.cancel())
    print('cancel again returned', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - the task was cancelled before it ran')
    print('cancel after done returned', task.cancel())

asyncio.run(do_something())
