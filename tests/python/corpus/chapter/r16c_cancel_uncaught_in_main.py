# A learner cancels the worker task and awaits it without catching: CancelledError escapes asyncio.run
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
