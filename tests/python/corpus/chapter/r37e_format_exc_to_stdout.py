# printed traceback.format_exc() to see where the worker failed
import asyncio
import traceback

async def worker(n):
    await asyncio.sleep(0.01)
    return 10 / n

async def do_something():
    task = asyncio.create_task(worker(0))
    try:
        await task
    except ZeroDivisionError:
        print('--- traceback ---')
        print(traceback.format_exc().replace(__file__, 'my_program.py'))
        print('--- end ---')

asyncio.run(do_something())
