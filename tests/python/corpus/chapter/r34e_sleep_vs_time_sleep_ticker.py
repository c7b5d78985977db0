# I replaced time.sleep with asyncio.sleep and added a ticker to see the difference
import asyncio
import time

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0.05)

async def worker(blocking):
    print('worker - will take some time, blocking =', blocking)
    if blocking:
        time.sleep(0.25)
    else:
        await asyncio.sleep(0.25)
    print('worker - done it')
    return 42

async def do_something(blocking):
    t = asyncio.create_task(ticker(3))
    result = await worker(blocking)
    await t
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something(True))
    print('---')
    asyncio.run(do_something(False))
    print('Main - Done')

if __name__ == '__main__':
    main()
