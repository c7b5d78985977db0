# deleted the return 42 line by mistake
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.01)
    print('worker - done it')

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)
    print('do_something - doubled:', result * 2)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
