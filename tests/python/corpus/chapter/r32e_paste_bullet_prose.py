# a bullet point from the Task methods list ended up inside my function
import asyncio

async def do_something():
    task = asyncio.create_task(asyncio.sleep(0.01, result=7))
- `cancel()` cancels a running task.
    print(await task)

asyncio.run(do_something())
