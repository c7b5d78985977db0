# I changed the worker to asyncio.sleep and awaited it twice to see if the total doubles
import asyncio
import time

async def worker(n):
    print(f'worker {n} - will take some time')
    await asyncio.sleep(0.2)
    print(f'worker {n} - done it')
    return 42 + n

async def do_something():
    print('do_something - will wait for worker')
    start = time.perf_counter()
    a = await worker(1)
    b = await worker(2)
    elapsed = time.perf_counter() - start
    print('do_something - results:', a, b)
    print('took at least 0.4s?', elapsed >= 0.4)
    print('took under 1s?', elapsed < 1.0)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
