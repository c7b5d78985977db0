# stored the sleep in a variable to await later and then forgot to await it
import asyncio

async def worker(label):
    print('Worker', label, '- will take some time')
    pause = asyncio.sleep(0.1)
    print('Worker', label, '- Done it')
    return label

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'))
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
