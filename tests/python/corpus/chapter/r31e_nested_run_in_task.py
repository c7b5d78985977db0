# called asyncio.run for the worker from inside do_something
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = asyncio.run(worker())
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
