# 34.6.1 with random seeded and six workers instead of three
import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.5)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(*[worker() for _ in range(6)])
    print('results from calls:', results)
    print('total:', sum(results))

def main():
    random.seed(34)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
