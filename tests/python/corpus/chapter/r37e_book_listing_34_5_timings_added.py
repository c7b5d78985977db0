# the 34.5 listing with timing lines added after each step, compared not printed
import asyncio
import time

START = time.perf_counter()

def since():
    return time.perf_counter() - START

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.2)
    print('worker - Done it; slept?', since() >= 0.2)
    return 42

def print_it(task):
    print('print_it result:', task.result(), '| right after worker?', since() < 0.3)

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    print('do_something - add a callback')
    task.add_done_callback(print_it)
    await task
    print('do_something - task.cancelled():',
task.cancelled())
    print('do_something - task.done():', task.done())
    print('do_something - task.result():', task.result())
    print('do_something - task.exception():',
task.exception())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done', 'under 0.4s?', since() < 0.4)

if __name__ == '__main__':
    main()
