import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 42

async def do_something():
    result = await worker()
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something()
    print('Main - Done')

if __name__ == '__main__':
    main()
