# task.print_stack() on a task that is sleeping
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
import io

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    buf = io.StringIO()
    task.print_stack(file=buf)
    print(buf.getvalue().replace(HERE, ''), end='')
    print('frames:', len(task.get_stack()))
    await task

asyncio.run(do_something())
