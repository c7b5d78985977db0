import asyncio

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    result = 7
    print('Worker - Done it')
    return label + result

async def do_something():
    tasks = [asyncio.create_task(worker(l)) for l in ('A', 'B')]
    for async_func in asyncio.as_completed(tasks):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
