import asyncio

async def worker(label):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(0.05)
    return label * 2

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'), worker())
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
