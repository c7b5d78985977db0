# what happens if the worker raises instead of returning 42
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    raise ValueError('worker went wrong: ' + str(6 * 7))

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
