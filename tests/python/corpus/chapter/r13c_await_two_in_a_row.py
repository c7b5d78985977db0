import asyncio
import time

async def worker(name, delay):
    print(f'worker {name} - will take {delay}s')
    await asyncio.sleep(delay)
    print(f'worker {name} - done it')
    return len(name) * 10

async def do_something():
    print('do_something - will wait for two workers, one after the other')
    t0 = time.monotonic()
    first = await worker('alpha', 0.1)
    second = await worker('be', 0.05)
    elapsed = time.monotonic() - t0
    print('do_something - results:', first, second)
    print('do_something - sequential took >= 0.15:', elapsed >= 0.15)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
