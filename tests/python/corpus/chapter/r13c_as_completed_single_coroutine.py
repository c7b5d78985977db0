import asyncio

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.02)
    return label + '1'

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed(worker('A')):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
