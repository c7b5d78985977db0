# simulating Ctrl-C by raising KeyboardInterrupt inside the worker
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise KeyboardInterrupt
    print('worker', n, 'done')
    return n

async def do_something():
    print(await asyncio.gather(worker(1), worker(2), worker(3)))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
