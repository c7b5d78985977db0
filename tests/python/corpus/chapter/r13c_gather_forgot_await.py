import asyncio

async def worker(n):
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    print('Worker - Done it')
    return n

async def do_something():
    print('do_something - will wait for worker')
    results = asyncio.gather(worker(1), worker(2))
    print('results from calls:', type(results).__name__)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
