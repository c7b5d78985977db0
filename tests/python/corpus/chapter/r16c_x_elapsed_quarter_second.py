# 34.5's worker sleeping 0.25 s, the wait printed to one decimal: 0.3 on a real clock
import asyncio
import time

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.25)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    start = time.perf_counter()
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    print(f'do_something - waited {time.perf_counter() - start:.1f}s')

asyncio.run(do_something())
