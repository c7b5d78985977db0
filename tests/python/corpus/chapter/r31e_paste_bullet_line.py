# a bullet line from the Task methods list slipped into my code
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
- `cancel()` cancels a running task.
    await task

asyncio.run(do_something())
