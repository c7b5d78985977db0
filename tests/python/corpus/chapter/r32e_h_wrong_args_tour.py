# trying the Task methods and asyncio functions with wrong arguments
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    attempts = [
        lambda: task.add_done_callback(print_it, 5),
        lambda: task.result(5),
        lambda: task.done(True),
        lambda: asyncio.create_task(),
        lambda: asyncio.wait_for(worker()),
        lambda: asyncio.Queue(3, 4),
    ]
    for i, attempt in enumerate(attempts):
        try:
            attempt()
        except TypeError as e:
            print(i, 'TypeError:', e)
    await task

asyncio.run(do_something())
