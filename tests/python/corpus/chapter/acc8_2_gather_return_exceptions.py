# The 34.6.1 listing with a worker that may fail and return_exceptions=True; random seeded.
import asyncio
import random

async def worker(n):
    print('Worker', n, '- will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1, 10)
    if result > 7:
        raise ValueError(f'worker {n} drew {result}')
    return result

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(4)), return_exceptions=True)
    for r in results:
        print('result:', r if not isinstance(r, Exception) else f'error {r}')

def main():
    random.seed(7)
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
