# made print_it async because I thought everything should be async
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0.01)
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
