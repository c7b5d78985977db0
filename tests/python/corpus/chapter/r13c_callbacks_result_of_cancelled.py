import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    return 42

def print_it(task):
    print('print_it - cancelled?', task.cancelled())
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.02)
    task.cancel()
    await asyncio.sleep(0.02)
    print('do_something - done:', task.done(), 'cancelled:', task.cancelled())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
