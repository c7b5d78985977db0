import asyncio

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.5)
    print('Worker - Done it')
    return 1

async def do_something():
    print('do_something - will wait for worker, but only 0.05s')
    result = await asyncio.wait_for(worker(), 0.05)
    print('result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
