# The 34.6.2 listing with the await forgotten inside the for loop: printing what as_completed yields.
import asyncio

async def worker(label):
    await asyncio.sleep(0.1)
    return label

async def do_something():
    for async_func in asyncio.as_completed((worker('A'), worker('B'))):
        print('do_something - got a', type(async_func).__name__)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
