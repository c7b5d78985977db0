import asyncio
import functools

async def worker(value):
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - Done it')
    return value

def print_it(label, task):
    print(f'print_it [{label}] result:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker(42))
    print('do_something - add a callback')
    task.add_done_callback(functools.partial(print_it, 'first'))
    task.add_done_callback(functools.partial(print_it, label='second'))
    await task
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
