import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

async def main():
    print('Main - Starting')
    result = await worker()
    print('Main - result:', result)
    print('Main - Done')

if __name__ == '__main__':
    asyncio.run(main())
    print('after asyncio.run')
