# 34.5 with the task cancelled while it sleeps: the callback's task.result() raises
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('worker - cancelled with', e.args)
        raise
    print('worker - Done it')
    return 42

def print_it(task):
    try:
        print('print_it result:', task.result())
    except asyncio.CancelledError as e:
        print('print_it: cancelled', repr(e))

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.1)
    print('cancel returned', task.cancel('enough'))
    try:
        await task
    except asyncio.CancelledError as e:
        print('do_something - caught', type(e).__name__, e.args)
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    try:
        task.exception()
    except asyncio.CancelledError as e:
        print('do_something - task.exception() raised', e.args)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
