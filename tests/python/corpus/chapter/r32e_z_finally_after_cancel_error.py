# the worker's finally block has a bug that only shows when it's cancelled
import asyncio

async def worker():
    try:
        print('worker - will take some time')
        await asyncio.sleep(1)
    finally:
        print('worker - cleaning up', undefined_name)

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    await task

asyncio.run(do_something())
