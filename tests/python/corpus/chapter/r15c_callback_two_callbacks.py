# 34.5 with a second callback that prints the task's name, in the order added
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())

def print_name(task):
    print('print_name:', task.get_name())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker(), name='the-worker')
    print('do_something - add two callbacks')
    task.add_done_callback(print_it)
    task.add_done_callback(print_name)
    await task
    print('do_something - task.done():', task.done())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
