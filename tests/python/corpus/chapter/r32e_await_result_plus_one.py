# forgot await and then tried to add 1 to the result
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker() + 1
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
