# forgot the await on asyncio.sleep(1) in the worker, the pause disappears
import asyncio

async def worker():
    print('worker - will take some time')
    asyncio.sleep(0.2)
    print('worker - Done it')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.result():', task.result())

asyncio.run(do_something())
print('Main - Done')
