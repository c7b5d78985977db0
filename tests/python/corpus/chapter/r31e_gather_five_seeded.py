# gather with five workers instead of three and a seed so I get the same numbers
import asyncio
import random

random.seed(31)

async def worker(n):
    print('Worker', n, '- will take some time')
    await asyncio.sleep(0.1 * (4 - n))
    result = random.randint(1, 10)
    print('Worker', n, '- Done it with', result)
    return result

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(*(worker(i) for i in range(5)))
    print('results from calls:', results)
    print('total:', sum(results), 'max:', max(results))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
