# pasted the callback listing with the book's wrapped print lines, dedented
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.cancelled():',
task.cancelled())
    print('do_something - task.exception():',
task.exception())
    print('do_something - finished')

def main() :
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
