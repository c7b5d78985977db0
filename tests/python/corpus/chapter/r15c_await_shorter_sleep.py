# 34.4.1 with the worker's time.sleep(3) cut to 0.2 s and the pause measured
import asyncio
import time

async def worker():
    print('worker - will take some time')
    start = time.perf_counter()
    time.sleep(0.2)
    print('worker - done it, slept at least 0.2 s:', time.perf_counter() - start >= 0.2)
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
