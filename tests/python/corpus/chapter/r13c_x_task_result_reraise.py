import asyncio

async def worker():
    await asyncio.sleep(0.01)
    data = {'a': 1}
    return data['b']

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.wait([task])
    print('done:', task.done(), 'exception:', repr(task.exception()))
    print('result:', task.result())

asyncio.run(do_something())
