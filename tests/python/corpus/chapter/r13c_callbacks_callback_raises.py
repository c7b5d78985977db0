import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())
    print('print_it half:', task.result() / 0)

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0)
    print('do_something - task.result():', task.result())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
