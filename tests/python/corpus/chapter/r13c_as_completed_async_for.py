import asyncio

async def worker(label):
    await asyncio.sleep(0.02)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l)) for l in 'XYZ']
    async for result in asyncio.as_completed(tasks):
        print('do_something - result:', result)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
