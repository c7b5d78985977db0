# the 34.6.1 and 34.6.2 listings combined: gather first, then as_completed
import asyncio
import random

async def worker(label='', delay=0.1):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    result = random.randint(1, 10)
    print(f'Worker{label} - Done it')
    return label + str(result)

async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)
    for async_func in asyncio.as_completed((worker('A', 0.3), worker('B', 0.1), worker('C', 0.2))):
        result = await async_func
        print('do_something - result:', result)

def main():
    random.seed(4)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
