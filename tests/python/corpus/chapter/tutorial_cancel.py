# Cancelling a task (chapter 34.5: cancel(), cancelled(), result())

import asyncio


async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(3)
        print('worker - Done it')
        return 42
    finally:
        print('worker - finally: clean up')


async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())

    print('do_something - let the worker sleep for a while')
    await asyncio.sleep(1)

    print('do_something - task.cancel():', task.cancel())
    print('do_something - task.cancelled():', task.cancelled())

    try:
        await task
    except asyncio.CancelledError:
        print('do_something - await task raised CancelledError')

    # Information on task
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    try:
        print('do_something - task.result():', task.result())
    except asyncio.CancelledError:
        print('do_something - task.result() raised CancelledError')
    print('do_something - task.cancel() again:', task.cancel())

    print('do_something - finished')


print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
