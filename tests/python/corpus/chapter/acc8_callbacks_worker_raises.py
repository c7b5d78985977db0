# The 34.5 listing where worker raises: print_it's task.result() raises in the callback (logged), and await raises too.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    raise ValueError('worker failed')

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except ValueError as e:
        print('do_something - caught:', e)
    print('do_something - task.exception():', repr(task.exception()))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
