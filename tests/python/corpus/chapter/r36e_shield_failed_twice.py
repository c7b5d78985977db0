# shielded a task that fails; awaited the shield, then awaited the task again uncaught
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    raise LookupError('record 7 not found')

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await asyncio.shield(task)
    except LookupError as e:
        print('through shield:', e)
    await task

asyncio.run(do_something())
