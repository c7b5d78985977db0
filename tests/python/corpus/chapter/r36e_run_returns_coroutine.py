# do_something returns the worker call itself instead of its awaited result
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    return worker()

def main():
    print('Main - Starting')
    result = asyncio.run(do_something())
    print('Main - result is a', type(result).__name__)
    print('Main - Done')

if __name__ == '__main__':
    main()
    print('after main')
