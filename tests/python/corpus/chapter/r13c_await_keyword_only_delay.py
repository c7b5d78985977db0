import asyncio

async def worker(*, delay=0.05):
    print('worker - will take', delay)
    await asyncio.sleep(delay)
    return delay * 100

async def do_something():
    print('do_something - result:', await worker(delay=0.02))
    print('do_something - result:', await worker(0.03))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
