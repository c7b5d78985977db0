# Task methods before and after the await, InvalidStateError caught in between
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    print('done before:', task.done())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print('result too early:', type(e).__name__, e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print('exception too early:', e)
    await task
    print('done after:', task.done(), 'cancelled:', task.cancelled())
    print('result:', task.result(), 'exception:', task.exception())

asyncio.run(do_something())
