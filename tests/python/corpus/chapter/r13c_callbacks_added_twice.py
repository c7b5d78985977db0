import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 42

def print_it(task):
    print('print_it result:', task.result())

def shout(task):
    print('SHOUT:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(shout)
    task.add_done_callback(print_it)
    print('removed print_it:', task.remove_done_callback(print_it))
    print('removed again:', task.remove_done_callback(print_it))
    task.add_done_callback(print_it)
    task.add_done_callback(print_it)
    await task
    print('do_something - finished')

asyncio.run(do_something())
