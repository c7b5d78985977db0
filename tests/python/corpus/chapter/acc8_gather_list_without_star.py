# The 34.6.1 listing with a list of workers passed to gather without the star.
import asyncio

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    return 7

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather([worker(), worker()])
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
