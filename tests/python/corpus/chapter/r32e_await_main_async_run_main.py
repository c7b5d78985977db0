# made main() itself async but kept calling main() at the bottom
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

async def main():
    print('Main - Starting')
    await do_something()
    print('Main - Done')

if __name__ == '__main__':
    main()
    print('end of file reached')
