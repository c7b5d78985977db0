# The 34.5 listing with the "Information on task" lines moved before the await: result() too early.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    print('do_something - task.result():', task.result())
    await task

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
