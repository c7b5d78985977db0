# added a yield to the worker for debugging, then awaiting it broke
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    yield 'debug: halfway'
    print('worker - done it')

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
