# The 34.6.2 listing with each worker sleeping a different time, so the completion order is fixed.
import asyncio

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    print('Worker', label, '- Done it')
    return label + str(int(delay * 10))

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A', 0.2),
                                           worker('B', 0.3),
                                           worker('C', 0.1))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
