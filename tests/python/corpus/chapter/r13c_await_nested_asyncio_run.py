# asyncio.run used where await was meant
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = asyncio.run(worker())
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
