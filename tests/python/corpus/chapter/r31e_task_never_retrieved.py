# created a task that fails but never awaited it
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise LookupError('nothing here')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print('task done?', task.done())
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
