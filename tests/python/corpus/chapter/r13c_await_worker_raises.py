import asyncio

async def worker(n):
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    if n > 3:
        raise ValueError(f'worker cannot handle {n}')
    print('worker - done it')
    return n * 14

async def do_something():
    print('do_something - will wait for worker')
    result = await worker(3)
    print('do_something - result:', result)
    result = await worker(4)
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
