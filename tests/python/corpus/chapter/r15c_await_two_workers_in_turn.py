# 34.4.1 awaiting two workers one after the other: they do not overlap
import asyncio
import time

async def worker(name, seconds):
    print(f'worker {name} - will take some time')
    await asyncio.sleep(seconds)
    print(f'worker {name} - done it')
    return len(name) * 10

async def do_something():
    print('do_something - will wait for workers')
    start = time.perf_counter()
    first = await worker('alpha', 0.2)
    second = await worker('be', 0.1)
    print('do_something - results:', first, second)
    print('took the sum of the sleeps:', time.perf_counter() - start >= 0.3)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
