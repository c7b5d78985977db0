# called sys.exit inside the worker when the result looked wrong
import asyncio
import sys

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        print('worker 2: giving up')
        sys.exit('bad result from worker 2')
    return n

async def do_something():
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    print('results:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
