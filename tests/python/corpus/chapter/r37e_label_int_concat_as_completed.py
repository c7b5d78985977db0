# passed numbers as labels to the as_completed worker; label + str(result) blows up
import asyncio
import random

random.seed(5)

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker(1), worker(2), worker(3))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
