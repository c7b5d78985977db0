import asyncio

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    print('Worker - Done it', label)
    return f'{label}{int(delay * 100)}'

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A', 0.09),
                                           worker('B', 0.15),
                                           worker('C', 0.03))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
