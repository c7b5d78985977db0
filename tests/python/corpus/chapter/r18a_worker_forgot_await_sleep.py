# 34.5 with the await in front of asyncio.sleep forgotten
import asyncio

async def worker():
    print('worker - will take some time')
    asyncio.sleep(1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    print('do_something - task.result():', task.result())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
