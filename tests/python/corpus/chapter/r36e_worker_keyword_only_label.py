# made label keyword-only in my worker but still called it the old way
import asyncio
import random

async def worker(*, label):
    await asyncio.sleep(0.1)
    return label + str(random.randint(1, 10))

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker(label='A'), worker('B'))):
        print('do_something - result:', await async_func)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
