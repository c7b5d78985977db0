# The 34.4.1 listing where worker raises instead of returning 42: the traceback through do_something and main.
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.1)
    raise ValueError('worker could not finish')

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
