# 34.5 with a worker that raises: exception() returns it and the callback checks
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    raise ValueError('no answer today')

def print_it(task):
    exc = task.exception()
    if exc is not None:
        print('print_it exception:', repr(exc))
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except ValueError as e:
        print('do_something - await raised:', e)
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    print('do_something - task.exception():', task.exception())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
