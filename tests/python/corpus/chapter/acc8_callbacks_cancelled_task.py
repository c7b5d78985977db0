# The 34.5 listing with the task cancelled: the callback's task.result() raises CancelledError, logged by the loop.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it cancelled?', task.cancelled())
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - task.cancelled():', task.cancelled())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
