import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    return 42

async def do_something():
    async with asyncio.timeout(0.05):
        result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
