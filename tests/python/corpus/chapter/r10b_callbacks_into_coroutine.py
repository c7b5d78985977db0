# The callback turned into a coroutine that awaits the task.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - Done it')
    return 42

async def print_it(task):
    result = await task
    print('print_it result:', result)

async def do_something():
    task = asyncio.create_task(worker())
    await print_it(task)
    print('do_something - task.result():', task.result())

asyncio.run(do_something())
