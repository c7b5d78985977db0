# typed the book's wrapped print line but split the keyword argument wrongly
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.result():', task.result(), sep
= ' ')

asyncio.run(do_something())
