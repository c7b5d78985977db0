# printing the task itself before, during and after it runs
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker(), name='my-worker')
    print('before:', repr(task).replace(HERE, ''))
    await asyncio.sleep(0)
    print('during:', repr(task).replace(HERE, ''))
    await task
    print('after:', repr(task).replace(HERE, ''))

asyncio.run(do_something())
