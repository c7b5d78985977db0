# 34.5 where do_something cancels the task before the worker finishes
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42

def print_it(task):
    if task.cancelled():
        print('print_it: the task was cancelled')
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.1)
    print('do_something - cancel():', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - CancelledError caught')
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    try:
        task.result()
    except asyncio.CancelledError:
        print('do_something - result() raised CancelledError')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
