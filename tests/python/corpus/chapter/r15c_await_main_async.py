# 34.4.1 with main itself made async and the result returned through asyncio.run
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)
    return result * 2

async def main():
    print('Main - Starting')
    doubled = await do_something()
    print('Main - Done, doubled:', doubled)
    return doubled

if __name__ == '__main__':
    print('asyncio.run returned', asyncio.run(main()))
