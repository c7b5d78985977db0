# one of three workers raises - what happens to the gather?
import asyncio

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep({1: 0.01, 2: 0.02, 3: 0.3}[n])
    if n == 2:
        raise RuntimeError(f'worker {n} broke')
    print(f'Worker {n} - Done it')
    return n * 10

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
