# a learner's worker that catches CancelledError and returns anyway, under wait_for
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker - told to stop, returning early')
        return -1
    return 42

async def do_something():
    try:
        result = await asyncio.wait_for(worker(), timeout=0.2)
        print('do_something - result:', result)
    except asyncio.TimeoutError:
        print('do_something - timed out')
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print('do_something - cancelled task returned', result, task.cancelled())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
