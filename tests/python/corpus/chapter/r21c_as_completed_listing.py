# The 34.6.2 listing with labels and seeded random delays so the order is fixed.
import asyncio
import random

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    result = random.randint(1,10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A', 0.3),
                                           worker('B', 0.5),
                                           worker('C', 0.1))):
        result = await async_func
        print('do_something - result:', result)

def main() :
    random.seed(1)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
