# The 34.6.1 listing where one worker divides by zero: the traceback reaches the top, Main - Done never prints.
import asyncio
import random

async def worker(n):
    print('Worker', n, '- will take some time')
    await asyncio.sleep(0.1)
    result = 10 // (n - 2)
    print('Worker', n, '- Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
