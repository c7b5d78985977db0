# learner forgot the await in front of worker() and printed what came back
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result:', type(result).__name__)
    print('is it 42?', result == 42)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
