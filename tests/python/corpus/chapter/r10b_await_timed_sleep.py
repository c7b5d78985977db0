# The 34.4.1 listing with the pause measured (printed as a comparison).
import asyncio
import time

async def worker():
    print('worker - will take some time')
    start = time.perf_counter()
    time.sleep(0.2)
    took = time.perf_counter() - start
    print('worker - done it, slept at least 0.2 s:', took >= 0.19)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print(f'do_something - result: {result}')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
