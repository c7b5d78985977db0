# 34.4.1 edited: the learner types reslt for result.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', reslt)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
