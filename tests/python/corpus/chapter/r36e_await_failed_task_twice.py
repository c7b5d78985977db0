# awaited a failed task, caught it, then awaited it again without a try
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    raise ValueError('worker failed')

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await task
    except ValueError as e:
        print('first await:', e)
    print('task.exception():', repr(task.exception()))
    await task
    print('never printed')

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
