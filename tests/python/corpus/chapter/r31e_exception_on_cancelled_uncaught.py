# asked a cancelled task for its exception(), which raises itself
import asyncio

async def worker():
    await asyncio.sleep(1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.sleep(0.01)
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    print('do_something - task.exception():', task.exception())

asyncio.run(do_something())
