# my callback divides by zero - does the program crash?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 0

def print_it(task):
    print('print_it result:', 10 / task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    result = await task
    print('do_something - result:', result)
    await asyncio.sleep(0.01)
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
