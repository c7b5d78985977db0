# 34.6.1 with a worker that fails and no return_exceptions: the error propagates
import asyncio
import random

async def worker(limit):
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1, limit)
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(10), worker(0), worker(10))
    print('results from calls:', results)

def main():
    random.seed(2)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
