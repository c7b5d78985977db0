# the book's worker uses time.sleep; I moved it into asyncio.to_thread so gather can overlap them
import asyncio
import time

def slow_io(n):
    time.sleep(0.07 * n)
    return n * 10

async def worker(n):
    print(f'worker {n} - will take some time')
    value = await asyncio.to_thread(slow_io, n)
    print(f'worker {n} - done it')
    return value

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    elapsed = time.perf_counter() - start
    print('results:', results)
    print('overlapped?', elapsed < 0.35)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
