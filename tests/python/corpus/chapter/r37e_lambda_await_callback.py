# tried to make the callback a lambda that awaits something
import asyncio

async def log_result(value):
    await asyncio.sleep(0.01)
    print('logged', value)

async def worker():
    await asyncio.sleep(0.02)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(lambda t: await log_result(t.result()))
    await task

asyncio.run(do_something())
