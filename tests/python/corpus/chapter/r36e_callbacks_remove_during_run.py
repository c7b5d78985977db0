# my first callback tries to remove the second one while the callbacks are running
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

def second(task):
    print('second - result:', task.result())

def first(task):
    removed = task.remove_done_callback(second)
    print('first - removed', removed, 'callback(s)')

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(first)
    task.add_done_callback(second)
    task.add_done_callback(second)
    await task
    await asyncio.sleep(0)
    print('after await, removing again:', task.remove_done_callback(second))
    task.add_done_callback(lambda t: print('late callback sees', t.result()))
    await asyncio.sleep(0)
    print('end')

asyncio.run(do_something())
