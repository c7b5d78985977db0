# The 34.6.2 listing with a timeout shorter than the slowest worker.
import asyncio

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    print('Worker', label, '- Done it')
    return label

async def do_something():
    try:
        for async_func in asyncio.as_completed([worker('A', 0.1), worker('B', 1.0)], timeout=0.3):
            print('do_something - result:', await async_func)
    except asyncio.TimeoutError:
        print('do_something - gave up waiting')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
