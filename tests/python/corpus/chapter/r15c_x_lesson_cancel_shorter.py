# the cancel lesson edited: the worker catches CancelledError and returns instead
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(0.3)
        print('worker - Done it')
        return 42
    except asyncio.CancelledError:
        print('worker - cancelled, returning -1 instead')
        return -1
    finally:
        print('worker - finally: clean up')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print('do_something - task.cancel():', task.cancel())
    try:
        print('do_something - await task gave', await task)
    except asyncio.CancelledError:
        print('do_something - await task raised CancelledError')
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.result():', task.result())

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
