# 34.6.1 where a plain function is passed to gather beside the coroutines
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 5

def helper():
    return 7

async def do_something():
    results = await asyncio.gather(worker(), helper(), worker())
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
