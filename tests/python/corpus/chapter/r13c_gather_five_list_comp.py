import asyncio
import random

random.seed(34)

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(*[worker() for _ in range(5)])
    print('results from calls:', results)
    print('max:', max(results), 'min:', min(results), 'sum:', sum(results))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
