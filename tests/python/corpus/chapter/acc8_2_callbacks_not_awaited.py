# The 34.5 listing with "await task" deleted: the task is cancelled when do_something returns, the callback sees it.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it: cancelled?', task.cancelled())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    print('do_something - task.done():', task.done())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
