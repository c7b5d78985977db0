# The 34.4.1 listing with the await removed: result is a coroutine object.
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.1)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result type:', type(result).__name__)
    print('is coroutine:', asyncio.iscoroutine(result))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
