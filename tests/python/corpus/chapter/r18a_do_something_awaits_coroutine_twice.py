# a learner awaits the same worker() coroutine twice to get two results
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    coro = worker()
    first = await coro
    print('first:', first)
    second = await coro
    print('second:', second)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
