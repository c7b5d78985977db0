# The 34.5 listing with a print wrapped as printed in the book (bad indent).
import asyncio
async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.cancelled():',
task.cancelled())
    print('do_something - task.done():', task.done())

asyncio.run(do_something())
