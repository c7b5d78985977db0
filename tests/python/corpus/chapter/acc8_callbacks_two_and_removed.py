# The 34.5 listing with two callbacks added and one removed again before the worker finishes.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())

def shout_it(task):
    print('SHOUT_IT RESULT:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(shout_it)
    task.add_done_callback(print_it)
    print('removed:', task.remove_done_callback(print_it))
    await task
    print('do_something - task.done():', task.done())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
