# wrapped the slow worker in wait_for with a short timeout, no try/except
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42

async def do_something():
    result = await asyncio.wait_for(worker(), timeout=0.1)
    print('result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
