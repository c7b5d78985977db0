# 34.6.2 with a worker raising TypeError that nobody catches
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label + delay

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A', 0.1), worker('B', 0.2))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
