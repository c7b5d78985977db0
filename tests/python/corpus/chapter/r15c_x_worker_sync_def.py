# the worker written without async: gather is given an int, not a coroutine
import asyncio
import time

def worker(n):
    print(f'Worker {n} - will take some time')
    time.sleep(0.1)
    return n * 10

async def do_something():
    results = await asyncio.gather(worker(1), worker(2))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
