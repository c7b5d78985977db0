# 34.4.1 with a ticker task beside the blocking worker: time.sleep holds the loop
import asyncio
import time

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0.05)

async def worker():
    print('worker - will take some time')
    time.sleep(0.2)
    print('worker - done it')
    return 42

async def do_something():
    t = asyncio.create_task(ticker(3))
    await asyncio.sleep(0)
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)
    await t
    print('ticker done:', t.done(), t.result())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
