# asyncio.sleeep in the worker.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleeep(1)
    print('worker - Done it')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.result():', task.result())

asyncio.run(do_something())
