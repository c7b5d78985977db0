import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.02)
    raise RuntimeError('worker failed and nobody looked')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print('do_something - task.done():', task.done())
    print('do_something - finished without checking the task')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
