# 34.4.1 with the await forgotten: result is a coroutine, never awaited
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result is a', type(result).__name__)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
