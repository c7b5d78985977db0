# 34.6.2 with fixed delays per label so the order is C, A, B as in the book
import asyncio
import random

DELAYS = {'A': 0.2, 'B': 0.3, 'C': 0.1}

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(DELAYS[label])
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A'), worker('B'), worker('C'))):
        result = await async_func
        print('do_something - result:', result)

def main():
    random.seed(2)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
