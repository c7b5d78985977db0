# 34.4.1 where the worker divides by zero and nothing catches it
import asyncio

async def worker(count):
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    average = 42 / count
    print('worker - done it')
    return average

async def do_something():
    print('do_something - will wait for worker')
    result = await worker(0)
    print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
