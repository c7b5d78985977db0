# cancelled the worker and awaited it without try - program ends with CancelledError
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    await task
    print('do_something - finished')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
