import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker('A', 0.02)), asyncio.create_task(worker('B', 0.5))]
    for async_func in asyncio.as_completed(tasks, timeout=0.1):
        result = await async_func
        print('do_something - result:', result)
    print('do_something - never here')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
