# 34.4.1's time.sleep worker timed with process_time: sleeping blocks the loop but uses no CPU
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.5)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    cpu = time.process_time()
    wall = time.monotonic()
    result = await worker()
    print('do_something - result:', result)
    print('CPU seconds under 0.25:', time.process_time() - cpu < 0.25)
    print('wall seconds:', round(time.monotonic() - wall, 1))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
