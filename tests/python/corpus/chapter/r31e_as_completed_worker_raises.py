# one worker raises inside the as_completed loop and I don't catch it
import asyncio

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    if label == 'B':
        raise ValueError('bad label ' + label)
    return label + '!'

async def do_something():
    print('do_something - will wait for worker')
    for async_func in asyncio.as_completed((worker('A', 0.02),
                                           worker('B', 0.05),
                                           worker('C', 0.1))):
        result = await async_func
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
