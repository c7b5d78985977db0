# 34.5 with the callback printing the task itself, and the gather future
import asyncio
import re

def short(obj):
    return re.sub(r'/\S*/', '', str(obj))

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it task:', short(task))

async def do_something():
    task = asyncio.create_task(worker(), name='the-worker')
    task.add_done_callback(print_it)
    print('do_something - task before:', short(task))
    await task
    g = asyncio.gather(worker(), worker())
    print('gather future:', g)
    print('gather results:', await g, g)
    bad = asyncio.create_task(asyncio.sleep(1), name='sleeper')
    await asyncio.sleep(0)
    bad.cancel()
    await asyncio.sleep(0)
    print('cancelled task:', short(bad))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
