# my callback has a bug (indexing the int result); does the program die?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it first digit:', task.result()[0])

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    r = await task
    await asyncio.sleep(0.01)
    print('do_something still going, result', r)

asyncio.run(do_something())
print('Main - Done')
