# I put the book's time.sleep worker inside wait_for with a timeout shorter than the sleep
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.2)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker (timeout 0.05)')
    try:
        result = await asyncio.wait_for(worker(), timeout=0.05)
        print('do_something - result:', result)
    except asyncio.TimeoutError:
        print('do_something - timed out')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
