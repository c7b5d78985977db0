# A worker that raises: exception() returns it, result() raises it.
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    raise ValueError('no answer today')

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await task
    except ValueError as e:
        print('caught:', e)
    print('exception():', repr(task.exception()))
    try:
        task.result()
    except ValueError as e:
        print('result() raised', type(e).__name__, e)

asyncio.run(do_something())
