# 34.6.2 with the coroutines wrapped in a second list: set() refuses a list, the coroutines are never awaited
import asyncio

async def worker(label):
    await asyncio.sleep(0.1)
    return label

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed([[worker('A'), worker('B')]]):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
