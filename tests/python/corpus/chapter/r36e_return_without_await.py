# in my worker I wrote "return asyncio.sleep(...)" instead of awaiting it
import asyncio

async def worker(label):
    print('Worker', label, '- will take some time')
    return asyncio.sleep(0.1, result=label)

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'))
    print('types:', [type(r).__name__ for r in results])
    del results
    print('do_something - done')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
