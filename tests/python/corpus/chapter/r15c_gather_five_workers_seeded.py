# 34.6.1 with five workers and a seed so the results repeat
import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.2)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(*[worker() for _ in range(5)])
    print('results from calls:', results)
    print('total:', sum(results), 'max:', max(results))

def main():
    random.seed(7)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
