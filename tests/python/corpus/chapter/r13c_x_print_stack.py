import asyncio
import sys

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker(), name='stacked')
    await asyncio.sleep(0.01)
    frames = task.get_stack()
    print('frames:', [f.f_code.co_name for f in frames], [f.f_lineno for f in frames])
    task.print_stack(file=sys.stderr)
    print(await task)
    print('after done:', task.get_stack())

asyncio.run(do_something())
