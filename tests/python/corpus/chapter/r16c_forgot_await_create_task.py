# A learner creates the worker task and never awaits it: main ends first and the task is cancelled
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(0.5)
        print('worker - Done it')
    finally:
        print('worker - finally runs')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print('do_something - finished without awaiting; done?', task.done())

asyncio.run(do_something())
print('Main - Done')
