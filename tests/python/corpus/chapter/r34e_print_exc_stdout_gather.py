# printing the worker's traceback myself with traceback.print_exc to stdout
import asyncio
import os
import traceback

async def worker(n):
    await asyncio.sleep(0.01)
    return [1, 2, 3][n]

async def do_something():
    try:
        await asyncio.gather(worker(0), worker(5))
    except IndexError:
        print('caught it, here is the traceback:')
        text = traceback.format_exc()
        print(text.replace(os.path.dirname(__file__) + os.sep, ''))
    print('do_something - finished')

asyncio.run(do_something())
