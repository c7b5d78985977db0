# made the worker raise ValueError instead of returning 42
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.01)
    raise ValueError('worker could not finish: bad input 42')

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
