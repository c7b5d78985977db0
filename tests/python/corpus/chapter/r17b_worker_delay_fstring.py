# The 34.4.1 listing with asyncio.sleep(0.2) and an f-string that times the wait
import asyncio
import time

async def worker(delay):
    print(f'worker - will take {delay} seconds')
    await asyncio.sleep(delay)
    print('worker - done it')
    return delay * 100

async def do_something():
    print('do_something - will wait for worker')
    start = time.perf_counter()
    result = await worker(0.2)
    elapsed = time.perf_counter() - start
    print(f'do_something - result: {result:.1f}')
    print(f'took at least 0.2s? {elapsed >= 0.2}')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
