# the learner types asyncio.create_tasks: AttributeError with a suggestion
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_tasks(worker())
    print(await task)

asyncio.run(do_something())
