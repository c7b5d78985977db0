# traceback.print_stack() inside the worker to see how I got there
import asyncio
import traceback

async def worker():
    await asyncio.sleep(0.01)
    traceback.print_stack(limit=3)
    return 42

async def do_something():
    print('result:', await worker())

asyncio.run(do_something())
