# The 34.5 listing with a lambda callback and the task's name printed.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker(), name='the-worker')
    task.add_done_callback(lambda t: print('lambda saw', t.get_name(), t.result()))
    await task
    print('do_something - task.result():', task.result())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
