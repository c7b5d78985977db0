# raised KeyboardInterrupt from the worker to pretend I pressed Ctrl-C
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def do_something():
    print('do_something - will wait for worker')
    await worker()

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
