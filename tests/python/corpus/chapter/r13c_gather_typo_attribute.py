import asyncio
import random

random.seed(1)

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    return random.randint(1, 10)

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gahter(worker(), worker(), worker())
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
