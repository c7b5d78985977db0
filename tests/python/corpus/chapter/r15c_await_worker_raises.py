# 34.4.1 where the worker raises instead of returning 42: caught in do_something
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    raise RuntimeError('worker - could not do it')

async def do_something():
    print('do_something - will wait for worker')
    try:
        result = await worker()
    except RuntimeError as err:
        print('do_something - caught:', err)
        result = None
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
