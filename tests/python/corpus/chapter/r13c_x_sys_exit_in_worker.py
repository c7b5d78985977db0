import asyncio
import sys

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        print('worker 2 - giving up')
        sys.exit(3)
    print(f'worker {n} - done')
    return n

async def do_something():
    try:
        print(await asyncio.gather(worker(1), worker(2), worker(3)))
    finally:
        print('do_something - finally')

def main():
    print('Main - Starting')
    try:
        asyncio.run(do_something())
    finally:
        print('Main - finally')
    print('Main - Done')

if __name__ == '__main__':
    main()
