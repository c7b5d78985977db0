import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - done it')
    return 42

async def do_something():
    coro = worker()
    print('do_something - first await:', await coro)
    print('do_something - second await:', await coro)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
