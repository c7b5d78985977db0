# 34.4.1 with a shorter time.sleep, the pause measured with perf_counter
import asyncio
import time

async def worker():
    print('worker - will take some time')
    start = time.perf_counter()
    time.sleep(0.2)
    took = time.perf_counter() - start
    print('worker - done it, slept at least 0.2s:', took >= 0.2)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
