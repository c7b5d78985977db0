# timing the worker's pause, printing only whether it took at least 0.1 s
import asyncio
import time

async def worker():
    print('worker - will take some time')
    start = time.perf_counter()
    time.sleep(0.1)
    elapsed = time.perf_counter() - start
    print('worker - done it, slept long enough?', elapsed >= 0.1)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    t0 = time.monotonic()
    asyncio.run(do_something())
    print('Main - Done, under a second:', time.monotonic() - t0 < 1)

if __name__ == '__main__':
    main()
