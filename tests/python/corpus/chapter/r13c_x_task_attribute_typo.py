import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.done():', task.done())
    print('do_something - result:', task.results())

asyncio.run(do_something())
