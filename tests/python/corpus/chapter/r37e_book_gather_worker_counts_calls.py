# the 34.6.1 gather listing, with the worker numbering itself via a class attribute counter
import asyncio
import random
import itertools

random.seed(341)

class Counter:
    ids = itertools.count(1)

async def worker():
    me = next(Counter.ids)
    print(f'Worker {me} - will take some time')
    await asyncio.sleep(0.1 * (4 - me))
    result = random.randint(1, 10)
    print(f'Worker {me} - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    # Run three calls to worker concurrently and collect results
    results = await asyncio.gather(worker(), worker(),
    worker())
    print('results from calls:', results)

def main() :
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
