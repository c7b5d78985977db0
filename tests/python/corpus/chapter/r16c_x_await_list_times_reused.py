# 34.4.1 with the worker coroutines made as [worker()] * 3 and awaited in turn: the second await fails
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    for coro in [worker()] * 3:
        result = await coro
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
