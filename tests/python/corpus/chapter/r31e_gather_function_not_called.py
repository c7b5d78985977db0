# added a fourth worker to gather but forgot its parentheses
import asyncio

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.01)
    print('Worker - Done it')
    return 7

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(), worker(), worker(), worker)
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
