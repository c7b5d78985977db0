# my callback does slow work with time.sleep; does the awaiting code wait for it?
import asyncio
import time

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it - slow callback starting')
    time.sleep(0.2)
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    start = time.perf_counter()
    await task
    waited = time.perf_counter() - start
    print('do_something - task.done():', task.done())
    print('do_something - waited more than 0.2s?', waited > 0.25)

asyncio.run(do_something())
