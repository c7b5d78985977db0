# Mistake: Task has result(), not get_result() (AttributeError on a task, with a suggestion).
import asyncio


async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42


def print_it(task):
    print('print_it result:', task.get_result())


async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    print('do_something - result:', task.result())


asyncio.run(do_something())
