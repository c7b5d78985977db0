# typed asyncio.Gather with a capital G after reading the section heading
import asyncio
import random

async def worker():
    await asyncio.sleep(0.1)
    return random.randint(1, 10)

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.Gather(worker(), worker(), worker())
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
