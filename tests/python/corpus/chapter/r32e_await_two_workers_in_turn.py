# two awaits one after the other - the total is the sum of the delays
import asyncio
import time

async def worker(name, delay):
    print(f'worker {name} - will take some time')
    await asyncio.sleep(delay)
    print(f'worker {name} - done it')
    return len(name) * 10

async def do_something():
    start = time.perf_counter()
    a = await worker('alpha', 0.1)
    b = await worker('be', 0.05)
    took = time.perf_counter() - start
    print('do_something - results:', a, b, 'sum', a + b)
    print('took at least 0.15 s:', took >= 0.15)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
