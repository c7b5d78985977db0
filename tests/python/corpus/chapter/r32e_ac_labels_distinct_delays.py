# as_completed with each label its own delay so C finishes first like the book
import asyncio
import random

random.seed(10)
DELAYS = {'A': 0.2, 'B': 0.3, 'C': 0.1}

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(DELAYS[label])
    result = random.randint(1,10)
    print('Worker', label, '- Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A'),
                                           worker('B'),
                                           worker('C'))):
        result = await async_func
        print('do_something - result:', result)

def main() :
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
