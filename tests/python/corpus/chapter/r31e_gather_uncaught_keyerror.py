# my worker looks up a dict key that is not there, inside gather, uncaught
import asyncio

prices = {'apple': 3, 'pear': 5}

async def worker(name):
    print('Worker - looking up', name)
    await asyncio.sleep(0.01)
    return prices[name]

async def do_something():
    results = await asyncio.gather(worker('apple'), worker('plum'), worker('pear'))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
