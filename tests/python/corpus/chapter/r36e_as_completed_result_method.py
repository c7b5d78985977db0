# as_completed gives me things I thought were tasks, so I called .result() instead of awaiting
import asyncio
import random

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    return label + str(random.randint(1, 10))

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A'), worker('B'))):
        print('do_something - result:', async_func.result())

def main():
    random.seed(3)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
