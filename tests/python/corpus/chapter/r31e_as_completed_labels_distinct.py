# as_completed with labels and different sleeps so I know who finishes first
import asyncio
import random

random.seed(3)
delays = {'A': 0.15, 'B': 0.05, 'C': 0.1}

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(delays[label])
    result = random.randint(1, 10)
    print('Worker - Done it', label)
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A'),
                                           worker('B'),
                                           worker('C'))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
