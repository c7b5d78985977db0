# 34.4.1 where the worker raises and do_something catches it with try/except/finally
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    raise RuntimeError('worker broke down')

async def do_something():
    print('do_something - will wait for worker')
    try:
        result = await worker()
    except RuntimeError as err:
        print('do_something - caught:', err)
        result = None
    else:
        print('no error')
    finally:
        print('do_something - finally')
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
