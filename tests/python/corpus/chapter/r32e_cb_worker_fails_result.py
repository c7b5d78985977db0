# worker raises, and the callback calls task.result() anyway
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    raise KeyError('missing-key')

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except KeyError as e:
        print('do_something - caught', repr(e))
    print('do_something - task.exception():', repr(task.exception()))

asyncio.run(do_something())
print('Main - Done')
