# 34.5 where the worker raises, the callback calls result() and it propagates out of the callback
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    raise ValueError('no answer today')

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.3)
    print('do_something - task.done():', task.done())
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
