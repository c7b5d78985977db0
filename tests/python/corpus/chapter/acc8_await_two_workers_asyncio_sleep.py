# The 34.4.1 listing edited: asyncio.sleep instead of time.sleep, and do_something awaits two workers in turn.
import asyncio
import time

async def worker(n):
    print('worker', n, '- will take some time')
    await asyncio.sleep(0.2)
    print('worker', n, '- done it')
    return 42 + n

async def do_something():
    print('do_something - will wait for worker')
    start = time.perf_counter()
    result = await worker(1)
    result2 = await worker(2)
    print('do_something - result:', result, result2)
    elapsed = time.perf_counter() - start
    print('took between 0.4 and 0.5 seconds:', 0.39 < elapsed < 0.5)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
