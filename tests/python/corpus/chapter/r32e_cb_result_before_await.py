# asked for task.result() before awaiting, then exception() too
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    print('done yet?', task.done())
    for name in ('result', 'exception'):
        try:
            print(name, getattr(task, name)())
        except asyncio.InvalidStateError as e:
            print(name, '->', type(e).__name__, e)
    print('awaited:', await task)
    print('now result:', task.result(), 'exception:', task.exception())

asyncio.run(do_something())
