# forgot the await in front of worker() - what does result look like?
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.01)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result type:', type(result).__name__)
    print('do_something - is it 42?', result == 42)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
