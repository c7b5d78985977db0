# The 34.6.1 listing with labelled workers sleeping different times: gather keeps the argument order.
import asyncio

async def worker(label, delay):
    print('Worker', label, '- will take', delay, 'seconds')
    await asyncio.sleep(delay)
    print('Worker', label, '- Done it')
    return label * 2

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker('A', 0.3), worker('B', 0.1), worker('C', 0.2))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
