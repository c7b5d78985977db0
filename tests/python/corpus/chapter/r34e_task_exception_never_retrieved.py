# a background task that raises and nobody awaits it
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise RuntimeError('worker blew up')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print('do_something - task done?', task.done())
    del task
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
