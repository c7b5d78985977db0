# 34.6.1 with a worker that divides by zero: the traceback of an uncaught gather
import asyncio

async def worker(d):
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    result = 10 // d
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(2), worker(0), worker(5))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
